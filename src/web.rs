//! The wasm entry point: `mount(host, options)` renders one independent widget into `host` and
//! returns a [`Widget`] handle (`update(options)`, `destroy()`).
//!
//! Contract (www/main.js, www/embed.js, www/kai-ranking.js and the browser tests rely on it):
//! - `options` is a plain object of optional strings, keyed as in the options table
//!   ([`crate::options::OPTIONS`]: `lang`, `weights`, `preset`, `theme`, `cut`, `reference`,
//!   `team`, `data` (a classroom dataset in the link), `tab`); bad values never blank the
//!   widget, they become translated notices. Also: `syncUrl` (boolean: write the reader's view into the page URL), `base` (the
//!   site folder URL, enables the share buttons), and for another dataset `dataSrc` (its URL)
//!   with either `dataText` (the body, fetched by the page script), `dataStatus` (an HTTP error
//!   status), `dataBytes` (a body refused unread as too large), `dataOver` (a body whose
//!   reading stopped at the limit), `dataTimeout` (seconds waited before giving up) or nothing
//!   (network error); a bad dataset shows its problems inside the host. Only the object's own
//!   properties count ([`own`]): a host page's `Object.prototype.dataSrc` injects nothing.
//! - Several mounts on one page are independent (one Yew app per host).
//! - After each change the root element dispatches `kai-ranking:change` (bubbling, composed);
//!   see [`crate::embed`].
//! - A panic replaces every mounted widget with a visible bilingual error box built from plain
//!   DOM text (no `innerHTML`), so a reader never faces a blank space.
//!
//! The dataset is embedded with `include_str!` and loaded once per page by the same loader as
//! a `data-src` file or pasted text ([`crate::loader`]).

use std::cell::{Cell, OnceCell, RefCell};

use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::app::{App, AppProps};
use crate::i18n;
use crate::load;
use crate::loader;
use crate::options::{self, OptionKey};
use crate::remote::{self, LoadError};
use crate::state::{DataRc, MountOptions};
use crate::text::Lang;

/// The K-AI dataset, compiled in so the widget needs no second request.
const DATASET_JSON: &str = crate::KAI_2025_JSON;

thread_local! {
    /// Every host mounted on this page, so the panic hook can replace them all.
    static HOSTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
    /// The parsed dataset (or its problems), shared by every mount.
    static DATA: OnceCell<Result<DataRc, Vec<[String; 2]>>> = const { OnceCell::new() };
    /// Distinguishes the ids (`for`/`id`, SVG patterns) of several widgets on one page.
    static NEXT_INSTANCE: Cell<u32> = const { Cell::new(0) };
}

/// A mounted widget, returned by [`mount`], so the page can change its options or remove it.
#[wasm_bindgen]
pub struct Widget {
    /// The element the widget was mounted into.
    host: Element,
    /// The running app and its last props; `None` when the data could not be shown or after
    /// [`Widget::destroy`].
    app: Option<(yew::AppHandle<App>, AppProps)>,
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options (same shape as [`mount`]'s). Options equal to the previous ones
    /// change nothing, so the reader's own slider moves survive unrelated attribute changes.
    pub fn update(&mut self, options: JsValue) {
        if let Some((handle, props)) = self.app.as_mut() {
            props.options = read_options(&options);
            handle.update(props.clone());
        }
    }

    /// Unmounts the app and empties the host (a custom element removed from the page).
    pub fn destroy(&mut self) {
        if let Some((handle, _)) = self.app.take() {
            handle.destroy();
        }
        self.host.set_text_content(None);
        HOSTS.with(|h| {
            if let Ok(mut hosts) = h.try_borrow_mut() {
                hosts.retain(|e| e != &self.host);
            }
        });
    }
}

/// Renders a widget into `host`. See the module documentation for `options`.
///
/// # Errors
/// Never in practice: problems are shown inside `host`. The `Result` lets a future version
/// refuse a host without breaking callers.
#[wasm_bindgen]
pub fn mount(host: Element, options: JsValue) -> Result<Widget, JsValue> {
    install_panic_hook();
    HOSTS.with(|h| {
        if let Ok(mut hosts) = h.try_borrow_mut() {
            hosts.push(host.clone());
        }
    });
    let remote = remote_data(&options);
    let options = read_options(&options);
    let instance = NEXT_INSTANCE.with(|n| {
        let v = n.get();
        n.set(v.wrapping_add(1));
        v
    });
    let data = match remote {
        Some(Ok(data)) => Ok(data),
        Some(Err(e)) => {
            let lang = options.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::Ko);
            load_error_box(&host, &e, lang);
            return Ok(Widget { host, app: None });
        }
        None => DATA.with(|d| d.get_or_init(load).clone()),
    };
    match data {
        Ok(data) => {
            // Mounting twice into one host would leave two apps fighting over its children.
            host.set_text_content(None);
            let width = host.client_width();
            let narrow = (width > 0).then_some(width < crate::components::NARROW_PX);
            let props = AppProps { data, options, instance, narrow };
            let handle =
                yew::Renderer::<App>::with_root_and_props(host.clone(), props.clone()).render();
            Ok(Widget { host, app: Some((handle, props)) })
        }
        Err(problems) => {
            let mut lines: Vec<&str> = vec![i18n::DATA_BROKEN[0], i18n::DATA_BROKEN[1]];
            for p in problems.iter().take(5) {
                lines.push(&p[0]);
                lines.push(&p[1]);
            }
            error_box(&host, &lines);
            Ok(Widget { host, app: None })
        }
    }
}

/// The dataset given by `dataSrc` (see the module documentation), or `None` for the embedded
/// one. Each step that can fail becomes a [`LoadError`] the widget shows.
fn remote_data(options: &JsValue) -> Option<Result<DataRc, LoadError>> {
    let get = |key: &str| own(options, key);
    let url = get(options::name_of(OptionKey::DataSrc))?.as_string()?;
    if let Some(seconds) = get("dataTimeout").and_then(|v| v.as_f64()) {
        // Whole seconds, at least 1 (a test shortens the limit to a fraction of a second).
        return Some(Err(LoadError::Timeout { url, seconds: (seconds.round() as u32).max(1) }));
    }
    if get("dataOver").is_some_and(|v| v.is_truthy()) {
        return Some(Err(LoadError::Invalid { url, problems: vec![load::too_large_read()] }));
    }
    if let Some(status) = get("dataStatus").and_then(|v| v.as_f64()) {
        return Some(Err(LoadError::Http { url, status: status as u16 }));
    }
    // Refused unread by its Content-Length (kai-ranking.js), so a huge file costs no memory.
    if let Some(bytes) = get("dataBytes").and_then(|v| v.as_f64()) {
        return Some(Err(LoadError::Invalid {
            url,
            problems: vec![load::too_large(bytes as usize)],
        }));
    }
    let Some(body) = get("dataText").and_then(|v| v.as_string()) else {
        return Some(Err(LoadError::Network { url }));
    };
    let result = remote::precheck(&url, &body).and_then(|()| {
        loader::parse(&body)
            .map(DataRc::new)
            .map_err(|problems| LoadError::Invalid { url, problems })
    });
    Some(result)
}

/// Shows why a `data-src` dataset could not be used, in the widget's language: a headline,
/// the file, and the problems (plain text only, so nothing in them can become markup).
fn load_error_box(host: &Element, error: &LoadError, lang: Lang) {
    let mut lines = vec![error.headline(lang), error.source_line(lang)];
    lines.extend(error.details(lang));
    host.set_text_content(None);
    let Some(doc) = host.owner_document() else { return };
    let Ok(root) = doc.create_element("div") else { return };
    root.set_class_name("kai-ranking kai-fatal kai-load-error");
    let _ = root.set_attribute("role", "alert");
    let _ = root.set_attribute("lang", lang.code());
    let _ = root.set_attribute("data-theme", "auto");
    for line in &lines {
        if let Ok(p) = doc.create_element("p") {
            p.set_text_content(Some(line));
            let _ = root.append_child(&p);
        }
    }
    let _ = host.append_child(&root);
}

/// Parses and validates the embedded dataset; problems keep both languages for the error box.
fn load() -> Result<DataRc, Vec<[String; 2]>> {
    loader::parse(DATASET_JSON)
        .map(DataRc::new)
        .map_err(|ps| ps.iter().map(|p| [p.message(Lang::Ko), p.message(Lang::En)]).collect())
}

/// The own property `key` of `options` (never one inherited: a host page that sets
/// `Object.prototype.dataSrc` or `.weights` must not steer every widget), or `None`.
fn own(options: &JsValue, key: &str) -> Option<JsValue> {
    if !options.is_object() {
        return None;
    }
    // Not `dyn_ref`: that is an `instanceof Object` test, false for the prototype-less objects
    // the element passes.
    let object: &js_sys::Object = options.unchecked_ref();
    let key = JsValue::from_str(key);
    if !js_sys::Object::has_own(object, &key) {
        return None;
    }
    js_sys::Reflect::get(options, &key).ok()
}

/// Reads the options object by the options table ([`options::OPTIONS`]): strings for the
/// view's options, truthiness for `syncUrl`; anything else (inherited properties included)
/// counts as absent.
fn read_options(options: &JsValue) -> MountOptions {
    let mut out = MountOptions::default();
    if !options.is_object() {
        return out;
    }
    for option in options::OPTIONS {
        let Some(value) = own(options, option.name) else {
            continue;
        };
        match option.key {
            OptionKey::SyncUrl => out.sync_url = value.is_truthy(),
            key => {
                if let Some(text) = value.as_string() {
                    out.set(key, text);
                }
            }
        }
    }
    out
}

/// Installs (once) the hook that turns a panic into visible error boxes. Set through Yew so
/// its renderer does not replace it with its own console-only hook.
fn install_panic_hook() {
    thread_local! {
        static INSTALLED: Cell<bool> = const { Cell::new(false) };
    }
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&info.to_string()));
        HOSTS.with(|h| {
            if let Ok(hosts) = h.try_borrow() {
                for host in hosts.iter() {
                    error_box(host, &i18n::FATAL);
                }
            }
        });
    }));
}

/// Replaces the content of `host` with a box of text lines (first line Korean, second English,
/// and so on), using only `textContent` so nothing in the messages can become markup.
fn error_box(host: &Element, lines: &[&str]) {
    host.set_text_content(None);
    let Some(doc) = host.owner_document() else { return };
    let Ok(root) = doc.create_element("div") else { return };
    root.set_class_name("kai-ranking kai-fatal");
    let _ = root.set_attribute("role", "alert");
    let _ = root.set_attribute("data-theme", "auto");
    for (i, line) in lines.iter().enumerate() {
        if let Ok(p) = doc.create_element("p") {
            let _ = p.set_attribute("lang", if i % 2 == 0 { "ko" } else { "en" });
            p.set_text_content(Some(line));
            let _ = root.append_child(&p);
        }
    }
    let _ = host.append_child(&root);
}
