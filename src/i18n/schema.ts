/**
 * Every UI string key, checked strictly: a key missing from id.json, or one id.json has that
 * the code does not know, fails the build (and the unit test) instead of showing a raw key.
 */
import { z } from 'astro/zod';

const keys = [
  'site.skipLink', 'site.menu',
  'nav.home', 'nav.lessons', 'nav.journeys', 'nav.villages', 'nav.contacts', 'nav.search', 'nav.checkOffer', 'nav.about',
  'exit.label', 'exit.hint',
  'footer.emergency', 'footer.about', 'footer.dataLicence', 'footer.noTracking',
  'contact.call', 'contact.whatsapp', 'contact.sms', 'contact.website', 'contact.email', 'contact.source', 'contact.checked',
  'contact.singleSource', 'contact.notPublished',
  'topik.tppo', 'topik.tppm', 'topik.migrasi-aman', 'topik.paspor', 'topik.bantuan', 'topik.desa-binaan',
  'area.desa', 'area.kelurahan', 'area.kecamatan', 'area.code',
  'officer.title', 'officer.notPublished',
  'directory.title', 'directory.allVillages', 'directory.breadcrumbs', 'directory.count', 'directory.chooseVillage', 'directory.chooseRegion', 'directory.provinces', 'directory.regencies', 'directory.villageCount', 'directory.searchAll', 'directory.villagesOf',
  'filter.label', 'filter.hint', 'filter.count', 'filter.none', 'filter.noneHelp',
  'village.province', 'village.secretariat', 'village.agents', 'village.notes', 'village.office', 'village.hotlines', 'village.startLessons', 'village.poster',
  'officer.heading', 'officer.nameNotPublished', 'officer.numberNotPublished', 'officer.seeOffice', 'officer.saveContact', 'officer.saveContactHint',
  'poster.heading', 'poster.askFirst', 'poster.scan', 'poster.print', 'poster.howToPrint', 'poster.back', 'poster.checked',
  'notFound.title', 'notFound.body',
  'about.title', 'about.programme', 'about.office', 'about.whoRuns', 'about.privacy', 'about.report',
  'mdx.info', 'mdx.warning', 'mdx.danger', 'mdx.warningSign', 'mdx.story', 'mdx.storySource', 'mdx.keyMessages',
  'lesson.minutes', 'lesson.duration', 'lesson.partOf', 'lesson.objectives', 'lesson.quiz', 'lesson.quizIntro', 'lesson.contacts', 'lesson.sources', 'lesson.accessed', 'lesson.singleSource', 'lesson.reviewed', 'lesson.previous', 'lesson.next', 'lesson.otherLessons', 'lesson.allLessons', 'lesson.share', 'lesson.listen', 'lesson.stopListening', 'lesson.markDone', 'lesson.doneNote', 'lesson.done',
  'quiz.question', 'quiz.check', 'quiz.showAnswer', 'quiz.answerIs', 'quiz.correct', 'quiz.wrong', 'quiz.chooseFirst',
  'lessons.title', 'lessons.intro', 'lessons.progress', 'lessons.progressNote',
  'offer.title', 'offer.intro', 'offer.privacy', 'offer.caveat', 'offer.yes', 'offer.no', 'offer.unsure', 'offer.flagIf', 'offer.why', 'offer.read', 'offer.call', 'offer.source', 'offer.verdictDanger', 'offer.verdictOk', 'offer.verdictUnsure', 'offer.showResult', 'offer.resultTitle', 'offer.resultDanger', 'offer.resultUnsure', 'offer.resultClear', 'offer.resultIncomplete', 'offer.contactsTitle', 'offer.printHint', 'offer.singleSource',
  'lessons.offerTeaser', 'offer.print', 'offer.flaggedList', 'offer.unsureList',
  'search.label', 'search.submit', 'search.placeholder', 'search.title', 'search.intro', 'search.filters', 'search.filterJenis', 'search.filterTopik', 'search.filterKecamatan', 'search.filterAll', 'search.districtHint', 'search.loading', 'search.count', 'search.countFiltered', 'search.none', 'search.error', 'search.results', 'search.more', 'search.noScript', 'search.browseTitle', 'search.browseIntro', 'search.browseVillages', 'search.browseContacts',
  'stepNav.show', 'stepNav.hide', 'stepNav.showAll', 'stepNav.hideAll', 'stepNav.step', 'stepNav.or', 'stepNav.orStep', 'stepNav.thisStep', 'stepNav.optional', 'stepNav.cost', 'stepNav.time', 'stepNav.place', 'stepNav.lessons', 'stepNav.contacts',
  'journeys.title', 'journeys.intro', 'journeys.stepCount', 'journeys.all', 'journeys.help', 'journeys.singleSourceNote',
  'contacts.title', 'contacts.intro', 'contacts.whoToCall', 'contacts.emergency', 'contacts.otherHotlines', 'contacts.offices',
  'contact.hours', 'contact.address',
  'jenis.langkah', 'jenis.kontak',
] as const;

export type UiKey = (typeof keys)[number];

export const uiStringsSchema = z.strictObject(
  Object.fromEntries(keys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>,
);
