/**
 * Every UI string key, checked strictly: a key missing from id.json, or one id.json has that
 * the code does not know, fails the build (and the unit test) instead of showing a raw key.
 */
import { z } from 'astro/zod';

const keys = [
  'site.skipLink', 'site.menu',
  'nav.home', 'nav.lessons', 'nav.journeys', 'nav.villages', 'nav.contacts', 'nav.search', 'nav.checkOffer', 'nav.about',
  'exit.label', 'exit.hint', 'exit.pressMore', 'exit.timedOut', 'exit.activated',
  'traces.button', 'traces.intro', 'traces.noScript', 'traces.howTo', 'traces.working', 'traces.done', 'traces.nothing', 'traces.marks', 'traces.pages', 'traces.worker', 'traces.other', 'traces.failed', 'traces.after', 'traces.noticeTitle', 'traces.noticeText', 'traces.noticeClose', 'traces.offlineTitle',
  'footer.emergency', 'footer.about', 'footer.allContacts',
  'contact.call', 'contact.whatsapp', 'contact.sms', 'contact.website', 'contact.email', 'contact.source', 'contact.checked',
  'contact.singleSource', 'contact.notPublished',
  'topik.tppo', 'topik.tppm', 'topik.migrasi-aman', 'topik.paspor', 'topik.bantuan', 'topik.desa-binaan',
  'area.desa', 'area.kelurahan', 'area.kecamatan', 'area.code',
  'officer.title', 'officer.notPublished',
  'directory.title', 'directory.allVillages', 'directory.breadcrumbs', 'directory.count', 'directory.chooseVillage', 'directory.chooseRegion', 'directory.chooseRegency', 'directory.provinces', 'directory.regencies', 'directory.villageCount', 'directory.searchAll', 'directory.villagesOf',
  'filter.label', 'filter.hint', 'filter.count', 'filter.none', 'filter.noneHelp',
  'village.province', 'village.secretariat', 'village.agents', 'village.notes', 'village.office', 'village.hotlines', 'village.startLessons', 'village.poster',
  'officer.heading', 'officer.nameNotPublished', 'officer.numberNotPublished', 'officer.seeOffice', 'officer.saveContact', 'officer.saveContactHint',
  'poster.heading', 'poster.askFirst', 'poster.scan', 'poster.print', 'poster.howToPrint', 'poster.back', 'poster.checked',
  'slides.pageTitle', 'slides.continued', 'slides.questionLabel', 'slides.answerLabel', 'slides.closingLabel', 'slides.answer', 'slides.scanQr', 'slides.qrLabel', 'slides.controls', 'slides.previous', 'slides.next', 'slides.counter', 'slides.fullscreen', 'slides.presenter', 'slides.exit', 'slides.notes', 'slides.noNotes', 'slides.now', 'slides.upNext', 'slides.lastSlide', 'slides.timer', 'slides.timerOf', 'slides.pause', 'slides.resume', 'slides.reset', 'slides.answerNote', 'slides.prepare', 'slides.discussion', 'slides.activity', 'slides.noScript',
  'print.print', 'print.hint',
  'notes.title', 'notes.intro', 'notes.slide',
  'handout.title', 'handout.readMore',
  'guide.title', 'guide.duration', 'guide.topic', 'guide.materials', 'guide.plan', 'guide.planEstimated', 'guide.planPart', 'guide.planMinutes', 'guide.planTotal', 'guide.planOpening', 'guide.planActivity', 'guide.planQuiz', 'guide.planClosing', 'guide.discussion', 'guide.activity', 'guide.quiz', 'guide.answer', 'guide.explanation', 'guide.views', 'guide.slides', 'guide.notes', 'guide.handout', 'guide.guide', 'guide.lesson', 'guide.keys',
  'facilitator.title', 'facilitator.intro', 'facilitator.howTo', 'facilitator.noSecondScreen', 'facilitator.offline',
  'mdx.info', 'mdx.warning', 'mdx.danger', 'mdx.warningSign', 'mdx.story', 'mdx.storySource', 'mdx.keyMessages',
  'lesson.minutes', 'lesson.duration', 'lesson.partOf', 'lesson.objectives', 'lesson.quiz', 'lesson.quizIntro', 'lesson.contacts', 'lesson.sources', 'lesson.accessed', 'lesson.singleSource', 'lesson.reviewed', 'lesson.previous', 'lesson.next', 'lesson.otherLessons', 'lesson.allLessons', 'lesson.share', 'lesson.listen', 'lesson.stopListening', 'lesson.markDone', 'lesson.doneNote', 'lesson.done',
  'quiz.question', 'quiz.check', 'quiz.showAnswer', 'quiz.answerIs', 'quiz.correct', 'quiz.wrong', 'quiz.chooseFirst',
  'lessons.title', 'lessons.intro', 'lessons.progress', 'lessons.progressNote',
  'offer.title', 'offer.yes', 'offer.no', 'offer.unsure', 'offer.flagIf', 'offer.why', 'offer.read', 'offer.call', 'offer.source', 'offer.verdictDanger', 'offer.verdictOk', 'offer.verdictUnsure', 'offer.showResult', 'offer.resultTitle', 'offer.contactsTitle', 'offer.singleSource',
  'lessons.offerTeaser', 'offer.print', 'offer.flaggedList', 'offer.unsureList',
  'search.label', 'search.submit', 'search.placeholder', 'search.title', 'search.intro', 'search.filters', 'search.filterJenis', 'search.filterTopik', 'search.filterKecamatan', 'search.filterAll', 'search.districtHint', 'search.loading', 'search.count', 'search.countFiltered', 'search.none', 'search.error', 'search.results', 'search.more', 'search.noScript', 'search.historyNote', 'search.browseTitle', 'search.browseIntro', 'search.browseVillages', 'search.browseContacts',
  'stepNav.show', 'stepNav.hide', 'stepNav.showAll', 'stepNav.hideAll', 'stepNav.step', 'stepNav.or', 'stepNav.orStep', 'stepNav.thisStep', 'stepNav.optional', 'stepNav.cost', 'stepNav.time', 'stepNav.place', 'stepNav.lessons', 'stepNav.contacts',
  'journeys.title', 'journeys.intro', 'journeys.stepCount', 'journeys.all', 'journeys.help',
  'contacts.title', 'contacts.intro', 'contacts.whoToCall', 'contacts.emergency', 'contacts.otherHotlines', 'contacts.offices',
  'contact.hours', 'contact.address', 'contact.noNumber', 'contact.checkedShort',
  'fact.checked', 'fact.changedSince', 'fact.listTitle', 'fact.sourcesOf', 'fact.basis', 'fact.registerTitle', 'fact.registerIntro', 'fact.registerFacts', 'fact.registerLaws', 'fact.changes', 'fact.officialText', 'fact.noOfficialText', 'fact.lawChecked', 'footer.facts', 'fact.kind.biaya', 'fact.kind.hukuman', 'fact.kind.usia', 'fact.kind.batas-waktu', 'fact.kind.lama-waktu', 'fact.kind.jumlah', 'fact.lawStatus.berlaku', 'fact.lawStatus.diubah', 'fact.lawStatus.dicabut', 'fact.changeNote',
  'offline.shortName', 'offline.copyNotice', 'offline.copyNoticeUndated', 'offline.copyNewer', 'offline.reload', 'offline.saveTitle', 'offline.saveIntro', 'offline.saveButton', 'offline.saveAgain', 'offline.saveConfirm', 'offline.saveCost', 'offline.continue', 'offline.cancel', 'offline.progressLabel', 'offline.saving', 'offline.saved', 'offline.savedOn', 'offline.outdated', 'offline.failed', 'offline.noSpace', 'offline.available', 'offline.availableShort', 'offline.pageTitle', 'offline.pageIntro', 'offline.callWorks', 'offline.allContacts', 'offline.savedTitle', 'offline.savedNone', 'offline.savedNoScript', 'offline.groupOther', 'offline.needSignal',
] as const;

export type UiKey = (typeof keys)[number];

export const uiStringsSchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);
