//! Downloads made in the browser, with no server and no third-party code: a `Blob`, an object
//! URL and a temporary `<a download>`; and a PNG painted from the engine's drawing operations.
//!
//! Why the picture is painted call by call instead of loading a serialised SVG into an
//! `Image`: the widget must work under `default-src 'self'`, which blocks `blob:` and `data:`
//! images.

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, Url,
};

use crate::export::{Align, DrawOp, Ink, PngLayout};

/// Saves `parts` (strings or blobs) as a file called `name` of type `mime`.
pub fn save_parts(name: &str, mime: &str, parts: &js_sys::Array) -> Result<(), JsValue> {
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(parts, &bag)?;
    save_blob(name, &blob)
}

/// Saves a blob as a file called `name`.
pub fn save_blob(name: &str, blob: &Blob) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let url = Url::create_object_url_with_blob(blob)?;
    let a: HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(Duration::from_secs(5)).await;
        let _ = Url::revoke_object_url(&url);
    });
    Ok(())
}

/// Saves text as UTF-8 (with a byte-order mark when `bom`, which spreadsheet programs need to
/// read Korean names in a CSV correctly).
pub fn save_text(name: &str, mime: &str, text: &str, bom: bool) -> Result<(), JsValue> {
    let parts = js_sys::Array::new();
    if bom {
        parts.push(&JsValue::from_str("\u{FEFF}"));
    }
    parts.push(&JsValue::from_str(text));
    save_parts(name, mime, &parts)
}

/// The picture's colours (light theme, always: a file outlives the page's theme), each with
/// at least 4.5:1 contrast on white where it carries text.
fn ink_colour(ink: Ink) -> &'static str {
    match ink {
        Ink::Background => "#ffffff",
        Ink::Text => "#1a1a1a",
        Ink::Muted => "#4d4d4d",
        Ink::Bar => "#2f5f98",
        Ink::Track => "#e3e6ea",
        Ink::Cut => "#a3262a",
        Ink::In => "#1d6b35",
        Ink::Out => "#8a1c1c",
    }
}

/// System fonts only (no web font is fetched), Korean-capable first.
const FONT_FAMILY: &str = "system-ui, -apple-system, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR', 'NanumGothic', sans-serif";

/// Paints `layout` (from [`crate::export::png_layout`]) at 2× onto a canvas and saves it as a
/// PNG called `name`. Drawing calls only: no image is loaded, so it works under
/// `default-src 'self'`.
pub fn save_layout_as_png(layout: &PngLayout, name: &str) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let scale = 2.0;
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width((layout.width * scale).round() as u32);
    canvas.set_height((layout.height * scale).round() as u32);
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.dyn_into()?;
    ctx.scale(scale, scale)?;
    for op in &layout.ops {
        match op {
            DrawOp::Rect { x, y, w, h, ink } => {
                ctx.set_fill_style_str(ink_colour(*ink));
                ctx.fill_rect(*x, *y, *w, *h);
            }
            DrawOp::Line { x1, x2, y, ink, dashed } => {
                ctx.begin_path();
                ctx.move_to(*x1, *y);
                ctx.line_to(*x2, *y);
                ctx.set_stroke_style_str(ink_colour(*ink));
                ctx.set_line_width(if *dashed { 2.0 } else { 1.0 });
                let dashes = js_sys::Array::new();
                if *dashed {
                    dashes.push(&JsValue::from_f64(6.0));
                    dashes.push(&JsValue::from_f64(4.0));
                }
                ctx.set_line_dash(&dashes)?;
                ctx.stroke();
            }
            DrawOp::Text { x, y, text, size, bold, ink, align, max_width } => {
                let weight = if *bold { "700" } else { "400" };
                ctx.set_font(&format!("{weight} {size}px {FONT_FAMILY}"));
                ctx.set_text_align(match align {
                    Align::Start => "start",
                    Align::End => "end",
                });
                ctx.set_fill_style_str(ink_colour(*ink));
                ctx.fill_text_with_max_width(text, *x, *y, *max_width)?;
            }
        }
    }
    let name = name.to_string();
    let done = Closure::once_into_js(move |blob: Option<Blob>| {
        if let Some(blob) = blob {
            let _ = save_blob(&name, &blob);
        }
    });
    canvas.to_blob_with_type(done.unchecked_ref(), "image/png")
}
