//! Downloads made in the browser, with no server and no third-party code: a `Blob`, an object
//! URL and a temporary `<a download>`; and a PNG of an SVG chart drawn onto a canvas.
//!
//! Why the chart is redrawn on the canvas element by element (rect, line, circle, text, with
//! their computed colours) instead of loading the serialised SVG into an `Image`: the widget
//! must work under `default-src 'self'`, which blocks `blob:` and `data:` images. Drawing from
//! computed styles also keeps the colours in the stylesheet (their one home) and the theme.

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, Element, HtmlAnchorElement, HtmlCanvasElement,
    Url,
};

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

fn num_attr(el: &Element, name: &str) -> f64 {
    el.get_attribute(name).and_then(|v| v.trim().parse::<f64>().ok()).unwrap_or(0.0)
}

/// Draws `svg` (whose `viewBox` is `0 0 w h` and which uses only rect, line, circle and text
/// with numeric coordinates) at `scale` × onto a canvas and saves it as a PNG called `name`.
pub fn save_svg_as_png(svg: &Element, name: &str, scale: f64) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let doc = window.document().ok_or_else(|| JsValue::from_str("no document"))?;
    let vb: Vec<f64> = svg
        .get_attribute("viewBox")
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|v| v.parse().ok())
        .collect();
    let (w, h) = match vb.as_slice() {
        [_, _, w, h] if *w > 0.0 && *h > 0.0 => (*w, *h),
        _ => return Err(JsValue::from_str("chart has no viewBox")),
    };
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width((w * scale).ceil() as u32);
    canvas.set_height((h * scale).ceil() as u32);
    let ctx: CanvasRenderingContext2d =
        canvas.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.dyn_into()?;
    ctx.scale(scale, scale)?;
    let nodes = svg.query_selector_all("rect, line, circle, text")?;
    for i in 0..nodes.length() {
        let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(style) = window.get_computed_style(&el)? else {
            continue;
        };
        let prop = |p: &str| style.get_property_value(p).unwrap_or_default();
        if prop("display") == "none" || prop("visibility") == "hidden" {
            continue;
        }
        let fill = prop("fill");
        let stroke = prop("stroke");
        let stroke_width =
            prop("stroke-width").trim_end_matches("px").parse::<f64>().unwrap_or(1.0);
        let paint_stroke = |ctx: &CanvasRenderingContext2d| {
            if stroke != "none" && !stroke.is_empty() {
                ctx.set_stroke_style_str(&stroke);
                ctx.set_line_width(stroke_width);
                let dashes = js_sys::Array::new();
                for d in prop("stroke-dasharray")
                    .split([',', ' '])
                    .filter_map(|v| v.trim_end_matches("px").parse::<f64>().ok())
                {
                    dashes.push(&JsValue::from_f64(d));
                }
                let _ = ctx.set_line_dash(&dashes);
                ctx.stroke();
            }
        };
        match el.tag_name().to_ascii_lowercase().as_str() {
            "rect" => {
                let (x, y) = (num_attr(&el, "x"), num_attr(&el, "y"));
                let (rw, rh) = (num_attr(&el, "width"), num_attr(&el, "height"));
                if fill != "none" && !fill.starts_with("url") {
                    ctx.set_fill_style_str(&fill);
                    ctx.fill_rect(x, y, rw, rh);
                }
            }
            "line" => {
                ctx.begin_path();
                ctx.move_to(num_attr(&el, "x1"), num_attr(&el, "y1"));
                ctx.line_to(num_attr(&el, "x2"), num_attr(&el, "y2"));
                paint_stroke(&ctx);
            }
            "circle" => {
                ctx.begin_path();
                ctx.arc(
                    num_attr(&el, "cx"),
                    num_attr(&el, "cy"),
                    num_attr(&el, "r"),
                    0.0,
                    std::f64::consts::TAU,
                )?;
                if fill != "none" {
                    ctx.set_fill_style_str(&fill);
                    ctx.fill();
                }
                paint_stroke(&ctx);
            }
            "text" => {
                ctx.set_font(&format!(
                    "{} {} {}",
                    prop("font-weight"),
                    prop("font-size"),
                    prop("font-family")
                ));
                ctx.set_text_align(match el.get_attribute("text-anchor").as_deref() {
                    Some("end") => "end",
                    Some("middle") => "center",
                    _ => "start",
                });
                ctx.set_fill_style_str(&fill);
                ctx.fill_text(
                    &el.text_content().unwrap_or_default(),
                    num_attr(&el, "x"),
                    num_attr(&el, "y"),
                )?;
            }
            _ => {}
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
