/**
 * The one script every page loads (from src/layouts/Base.astro). Each part only acts where its
 * element is on the page (custom elements, or a query that finds nothing), so one cached file
 * serves every page: after the first visit a reader's next page downloads no script at all.
 * Page-specific, heavier behaviour (search, slides, step-by-step, directory filter, saving for
 * offline) stays in its own component's script.
 */
import '../components/exit-this-page.ts';
import '../components/privacy/trace-notice.ts';
import '../components/search/header-search.ts';
import '../components/offline/service-worker.ts';
import '../components/offline/saved-copy-notice.ts';
import '../components/offline/offline-badge.ts';
import '../components/lesson/quiz-question.ts';
import '../components/lesson/read-aloud.ts';
import '../components/lesson/mark-done.ts';
