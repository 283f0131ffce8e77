// Generated from kai_engine::options::OPTIONS by `kai-prerender --options-js`: do not edit.
// (A test fails when this file and the Rust table differ.)

/** Attributes of <kai-ranking> that set widget options: [attribute, option name]. */
export const ATTRIBUTES = [['lang', 'lang'], ['weights', 'weights'], ['preset', 'preset'], ['theme', 'theme'], ['cut', 'cut'], ['round', 'round'], ['gates', 'gates'], ['reference', 'reference'], ['team', 'team'], ['data-src', 'dataSrc']];

/** Query keys the standalone and iframe pages pass to the widget (shared links). */
export const QUERY_KEYS = ['lang', 'weights', 'preset', 'theme', 'cut', 'round', 'gates', 'reference', 'team'];

/** Largest data-src body the widget accepts, in bytes (kai_engine::load::MAX_BYTES). */
export const MAX_DATA_BYTES = 1048576;

/** How long a data-src fetch may take, in milliseconds, before it is abandoned. */
export const FETCH_TIMEOUT_MS = 15000;

/** The note over the static copy when a mount fails (kai_engine::i18n::MOUNT_FAILED). */
export const MOUNT_FAILED = { ko: '순위 위젯을 띄우지 못해 미리 만든 사본을 보여 줍니다. 페이지를 새로 고쳐 보세요.', en: 'The ranking widget could not start; showing a static copy. Try reloading the page.' };
