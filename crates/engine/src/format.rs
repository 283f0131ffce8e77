//! Number formatting for every shell (widget, static copy, CLI): scores, shares and rank
//! changes, in one place.
//!
//! Why one home: the same score must read the same in the bar, the details and the live
//! sentence, and the wasm stays small when formatting code is not repeated. Pure Rust, no web
//! dependencies.

use crate::text::Lang;

/// A weighted score with one decimal ("7.3"); scores are editorial 0–10 judgements, so more
/// digits would suggest a precision they do not have.
pub fn score(value: f64) -> String {
    tenths(value)
}

/// Any figure with exactly one decimal ("7.3", "12.5", "0.4"): scores, points of weight moved,
/// standard errors. Rounds half away from zero, so 7.25 → "7.3" in every shell (`format!`
/// alone rounds the exact binary value, which sends 7.25 to "7.2").
pub fn tenths(value: f64) -> String {
    // (-0.04 rounds to zero, and a reader sees 0.0, not -0.0.)
    fixed(value, 1, false)
}

/// `value` rounded half away from zero to `decimals` digits and written out with integer
/// arithmetic (`trim`: trailing zeros, and a point left bare, dropped; never "-0").
///
/// Why not `format!`: every figure here is rounded first, so the exact-binary formatting of
/// `{:.N}` adds nothing but its machinery (Grisu/Dragon tables and code, ~9 KB gzip in each
/// wasm module). The result equals `format!("{r:.N}")` of the rounded `r` for every |value|
/// below 10^15 (all a reader sees: scores, shares, importances, percents); non-finite values
/// read "NaN", "inf", "-inf" as Rust writes them.
pub fn fixed(value: f64, decimals: u32, trim: bool) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN"
        } else if value > 0.0 {
            "inf"
        } else {
            "-inf"
        }
        .into();
    }
    let n = (value * 10f64.powi(decimals as i32)).round() as i64;
    let d = decimals as usize;
    let mut digits = n.unsigned_abs().to_string();
    if digits.len() <= d {
        digits.insert_str(0, &"0".repeat(d + 1 - digits.len()));
    }
    let (int, frac) = digits.split_at(digits.len() - d);
    let frac = if trim { frac.trim_end_matches('0') } else { frac };
    let mut out = String::with_capacity(digits.len() + 2);
    if n < 0 {
        out.push('-');
    }
    out.push_str(int);
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// `value` rounded to one decimal, half away from zero (for sentences that drop a trailing
/// ".0" themselves).
pub fn round_tenths(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The space between a number and "%" in English: a no-break space (U+00A0), so "25 %" never
/// breaks into "25" at a line's end and "%" alone on the next (seen at 375 px). The one
/// constant every English percentage uses.
pub const PERCENT_SPACE: &str = "\u{a0}";

/// A share of the total weight as a whole percentage: "30%" in Korean, "30 %" in English (the
/// house style the brief asks for, with [`PERCENT_SPACE`]). `share` is 0–1; halves round away
/// from zero (12.5 % → 13 %).
pub fn percent(lang: Lang, share: f64) -> String {
    let p = (share * 100.0).round().clamp(0.0, 100.0) as u32;
    match lang {
        Lang::Ko => format!("{p}%"),
        Lang::En => format!("{p}{PERCENT_SPACE}%"),
    }
}

/// A rank change as a symbol: ▲2 (up two places), ▼1, or – (no change).
pub fn change_symbol(delta: i64) -> String {
    match delta.signum() {
        1 => format!("▲{delta}"),
        -1 => format!("▼{}", delta.unsigned_abs()),
        _ => "–".to_string(),
    }
}

/// A weight for a URL or an `<input value>`: integers without decimals ("40"), others with
/// at most two ("33.33").
pub fn weight(value: f64) -> String {
    fixed(value, 2, true)
}

/// A length in percent for SVG attributes (`x="12.5%"`), 0–100, two decimals at most.
pub fn svg_percent(value: f64) -> String {
    let mut s = weight(value.clamp(0.0, 100.0));
    s.push('%');
    s
}

/// A team name short enough for a chart label at 375 px: drops a trailing "consortium" /
/// "컨소시엄" (every consortium is one; the full name is in the ranking and the tooltip).
pub fn short_name(name: &str) -> &str {
    let t = name.trim_end();
    for suffix in [" 컨소시엄", " consortium", " Consortium"] {
        if let Some(s) = t.strip_suffix(suffix) {
            return s;
        }
    }
    t
}

/// A text split before its last character (trailing spaces dropped): "NC AI" → ("NC A", "I").
/// The widget wraps the last glyph of a team name together with its "▸" in one unbreakable
/// span, so at 320–375 px the arrow never sits alone on a line.
pub fn split_last_glyph(s: &str) -> (&str, &str) {
    let t = s.trim_end();
    match t.char_indices().last() {
        Some((i, _)) => t.split_at(i),
        None => ("", ""),
    }
}

/// A text cut into plain runs and ISO dates ("2026-01-15", or a month "2026-03"), in order,
/// each flagged `true` when it is a date: the widget shows dates in a `white-space: nowrap`
/// span, because its `overflow-wrap: anywhere` may otherwise cut one in a narrow cell.
pub fn split_dates(s: &str) -> Vec<(&str, bool)> {
    let b = s.as_bytes();
    let shape = |i: usize, len: usize| {
        b.len() >= i + len
            && b[i..i + len].iter().enumerate().all(|(k, c)| match k {
                4 | 7 => *c == b'-',
                _ => c.is_ascii_digit(),
            })
            && b.get(i + len).is_none_or(|c| !c.is_ascii_digit() && *c != b'-')
    };
    // The length of the date starting at byte `i` (0: none there).
    let date_at = |i: usize| {
        if i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'-') {
            return 0;
        }
        [10, 7].into_iter().find(|&len| shape(i, len)).unwrap_or(0)
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let len = date_at(i);
        if len > 0 {
            if start < i {
                out.push((&s[start..i], false));
            }
            out.push((&s[i..i + len], true));
            i += len;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push((&s[start..], false));
    }
    out
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab) gets a leading `'` (OWASP's
/// CSV-injection advice), since a pasted dataset's names are untrusted.
pub fn csv_field(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        return csv_field(&format!("'{s}"));
    }
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A share change for "what it takes": "성능 25% → 40%".
pub fn share_move(lang: Lang, label: &str, from: f64, to: f64) -> String {
    format!("{label} {} → {}", percent(lang, from), percent(lang, to))
}

#[cfg(test)]
mod tests {
    /// `fixed` against the standard formatter it replaces (the oracle), over the ranges shown.
    mod fixed_matches_std {
        use proptest::prelude::*;

        use super::super::{fixed, tenths, weight};

        fn std_tenths(v: f64) -> String {
            let t = (v * 10.0).round() / 10.0;
            let t = if t == 0.0 { 0.0 } else { t };
            format!("{t:.1}")
        }

        fn std_weight(v: f64) -> String {
            let r = (v * 100.0).round() / 100.0;
            let r = if r == 0.0 { 0.0 } else { r };
            if r.fract() == 0.0 { format!("{r:.0}") } else { format!("{r}") }
        }

        #[test]
        fn hand_worked() {
            assert_eq!(tenths(7.25), "7.3");
            assert_eq!(tenths(-0.04), "0.0");
            assert_eq!(tenths(-0.06), "-0.1");
            assert_eq!(tenths(0.0), "0.0");
            assert_eq!(weight(7.0), "7");
            assert_eq!(weight(7.125), "7.13");
            assert_eq!(weight(0.1), "0.1");
            assert_eq!(weight(12.5), "12.5");
            assert_eq!(weight(-0.0), "0");
            assert_eq!(fixed(0.05, 2, false), "0.05");
            assert_eq!(fixed(f64::NAN, 1, false), "NaN");
            assert_eq!(fixed(f64::NEG_INFINITY, 1, false), "-inf");
        }

        proptest! {
            #[test]
            fn tenths_as_std(v in -1.0e6f64..1.0e6) {
                prop_assert_eq!(tenths(v), std_tenths(v));
            }

            #[test]
            fn weight_as_std(v in -1.0e6f64..1.0e6) {
                prop_assert_eq!(weight(v), std_weight(v));
            }

            #[test]
            fn weight_of_hundredths_as_std(n in 0i64..100_000) {
                let v = n as f64 / 100.0;
                prop_assert_eq!(weight(v), std_weight(v));
            }
        }
    }

    use super::*;

    #[test]
    fn scores_have_one_decimal() {
        assert_eq!(score(7.0), "7.0");
        assert_eq!(score(7.25), "7.3");
        assert_eq!(score(0.04), "0.0");
        assert_eq!(tenths(-0.04), "0.0");
        assert_eq!(tenths(12.25), "12.3");
        assert_eq!(tenths(0.35), "0.4");
    }

    /// The CLI used `format!("{:.1}")` and `{:.0}`, which round the binary value (7.2, 12 %),
    /// while the widget showed 7.3 and 13 %: one formatter now, halves away from zero.
    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(score(7.25), "7.3");
        assert_eq!(percent(Lang::En, 0.125), "13\u{a0}%");
        assert_eq!(percent(Lang::Ko, 0.125), "13%");
        assert_eq!(percent(Lang::Ko, 0.005), "1%");
    }

    #[test]
    fn shares_are_whole_percent_in_house_style() {
        assert_eq!(percent(Lang::Ko, 0.3), "30%");
        assert_eq!(percent(Lang::En, 0.3), "30\u{a0}%");
        assert_eq!(percent(Lang::Ko, 1.0 / 3.0), "33%");
    }

    #[test]
    fn changes_read_as_arrows() {
        assert_eq!(change_symbol(2), "▲2");
        assert_eq!(change_symbol(-1), "▼1");
        assert_eq!(change_symbol(0), "–");
    }

    #[test]
    fn chart_names_and_csv_fields() {
        assert_eq!(short_name("LG AI연구원 컨소시엄"), "LG AI연구원");
        assert_eq!(short_name("SK Telecom consortium"), "SK Telecom");
        assert_eq!(short_name("Kakao"), "Kakao");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(
            share_move(Lang::En, "Performance", 0.25, 0.4),
            "Performance 25\u{a0}% → 40\u{a0}%"
        );
    }

    #[test]
    fn the_last_glyph_goes_with_the_arrow() {
        assert_eq!(split_last_glyph("NC AI"), ("NC A", "I"));
        assert_eq!(split_last_glyph("업스테이지 컨소시엄 "), ("업스테이지 컨소시", "엄"));
        assert_eq!(split_last_glyph("K"), ("", "K"));
        assert_eq!(split_last_glyph(""), ("", ""));
    }

    #[test]
    fn dates_are_found_whole() {
        assert_eq!(
            split_dates("Stage one (2026-01-15)"),
            vec![("Stage one (", false), ("2026-01-15", true), (")", false)]
        );
        assert_eq!(split_dates("2025-08-04"), vec![("2025-08-04", true)]);
        assert_eq!(
            split_dates("선정 2025-08-04 발표"),
            vec![("선정 ", false), ("2025-08-04", true), (" 발표", false)]
        );
        assert_eq!(split_dates("12025-08-041"), vec![("12025-08-041", false)]);
        assert_eq!(split_dates("no date"), vec![("no date", false)]);
        assert_eq!(split_dates("(2026-03)"), vec![("(", false), ("2026-03", true), (")", false)]);
        assert_eq!(split_dates("2026-03-1"), vec![("2026-03-1", false)]);
        assert_eq!(split_dates(""), Vec::<(&str, bool)>::new());
    }

    #[test]
    fn weights_and_svg_lengths() {
        assert_eq!(weight(40.0), "40");
        assert_eq!(weight(100.0 / 3.0), "33.33");
        assert_eq!(svg_percent(12.5), "12.5%");
        assert_eq!(svg_percent(120.0), "100%");
    }
}
