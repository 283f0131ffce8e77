// Generated from kai_engine::options::OPTIONS by `kai-prerender --options-js`: do not edit.
// (A test fails when this file and the Rust table differ.)

/** Attributes of <kai-ranking> that set widget options: [attribute, option name]. */
export const ATTRIBUTES = [['lang', 'lang'], ['weights', 'weights'], ['preset', 'preset'], ['theme', 'theme'], ['cut', 'cut'], ['round', 'round'], ['gates', 'gates'], ['reference', 'reference'], ['team', 'team'], ['data-src', 'dataSrc']];

/** Query keys the standalone and iframe pages pass to the widget (shared links). */
export const QUERY_KEYS = ['lang', 'weights', 'preset', 'theme', 'cut', 'round', 'gates', 'reference', 'team'];

/** Largest data-src body the widget accepts, in bytes (kai_engine::load::MAX_BYTES). */
export const MAX_DATA_BYTES = 1048576;
