// Generated from kai_engine::options::OPTIONS by `kai-prerender --options-js`: do not edit.
// (A test fails when this file and the Rust table differ.)

/** Attributes of <kai-ranking> that set widget options: [attribute, option name]. */
export const ATTRIBUTES = [['lang', 'lang'], ['weights', 'weights'], ['preset', 'preset'], ['theme', 'theme'], ['cut', 'cut'], ['round', 'round'], ['gates', 'gates'], ['reference', 'reference'], ['team', 'team'], ['data-src', 'dataSrc'], ['controls', 'controls'], ['explore', 'explore'], ['header', 'header'], ['sources', 'sources'], ['share', 'share'], ['langswitch', 'langswitch'], ['themeswitch', 'themeswitch'], ['rows', 'rows'], ['data', 'data'], ['tab', 'tab']];

/** Query keys the standalone and iframe pages pass to the widget (shared links). */
export const QUERY_KEYS = ['lang', 'weights', 'preset', 'theme', 'cut', 'round', 'gates', 'reference', 'team', 'controls', 'explore', 'header', 'sources', 'share', 'langswitch', 'themeswitch', 'rows', 'data', 'tab'];

/** Largest data-src body the widget accepts, in bytes (kai_engine::load::MAX_BYTES). */
export const MAX_DATA_BYTES = 1048576;

/** How long a data-src fetch may take, in milliseconds, before it is abandoned. */
export const FETCH_TIMEOUT_MS = 15000;

/** The note over the static copy when a mount fails (kai_engine::i18n::MOUNT_FAILED). */
export const MOUNT_FAILED = { ko: '인터랙티브 버전을 불러오지 못했습니다.', en: 'The interactive version could not load.' };

/** The link after that note, to the full page (kai_engine::i18n::FULL_PAGE). */
export const FULL_PAGE = { ko: '전체 페이지에서 보기', en: 'Open the full page' };
