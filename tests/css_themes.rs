//! The stylesheet states the dark palette twice (forced `data-theme="dark"`, and `auto` under
//! `prefers-color-scheme: dark`) because plain CSS cannot share it; this keeps the copies equal,
//! so a colour fixed in one cannot silently stay broken in the other.
#![cfg(not(target_arch = "wasm32"))]

/// The declarations of the first rule that opens with `selector {`, one per line, trimmed.
fn declarations(css: &str, selector: &str) -> Vec<String> {
    let start = css.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no rule {selector}"));
    let body = &css[start..];
    let open = body.find('{').unwrap() + 1;
    let close = body.find('}').unwrap();
    body[open..close].lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn forced_dark_and_auto_dark_use_the_same_palette() {
    let css = include_str!("../www/kai-ranking.css");
    let forced = declarations(css, r#".kai-ranking[data-theme="dark"]"#);
    let auto = declarations(css, r#".kai-ranking[data-theme="auto"]"#);
    assert!(forced.iter().any(|d| d.starts_with("--k-bg:")), "{forced:?}");
    assert_eq!(forced, auto);
}
