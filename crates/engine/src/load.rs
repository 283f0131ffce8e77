//! The pure half of the widget's one JSON loader: the size limit, the byte-order mark, and
//! where a syntax error is, for every dataset the browser loads (the embedded one, a
//! `data-src` file, text pasted or opened in Explore).
//!
//! Why in the engine: the browser half (`kai_ranking::loader`: `JSON.parse`, then
//! `serde-wasm-bindgen`, then [`crate::validate::check`]) can only be tested in a browser;
//! everything that decides *what the reader is told* lives here and is tested natively. The
//! native entry points ([`crate::validate::parse_json`]) have their own parser and size limit,
//! but share the nesting limit: [`check_depth`] runs before *any* parser, in the browser and
//! natively, because a parser (V8's `JSON.parse`, serde's buffering of unknown fields) recurses
//! once per level and a hostile file 6,000 levels deep traps the wasm or overflows the stack.
//! Depends on [`crate::validate`] only; no web crate.

use crate::validate::{Problem, ProblemKind, ROOT_PATH};

/// Largest dataset text the widget accepts, from any source (`data-src`, paste, file): 1 MiB.
/// The K-AI file is ~100 kB, and a phone should not parse megabytes for one widget. The
/// custom element refuses a bigger `data-src` body unread by its `Content-Length`, with this
/// same number (exported to `www/options.js`). Native tools allow
/// [`crate::validate::MAX_BYTES`] (2 MiB).
pub const MAX_BYTES: usize = 1024 * 1024;

/// How long `kai-ranking.js` waits for a `data-src` body, headers to last byte: 15 s (exported
/// to `www/options.js`). A slow-drip server would otherwise keep the widget blank for minutes.
pub const FETCH_TIMEOUT_MS: u32 = 15_000;

/// Deepest nesting of arrays and objects any entry point accepts (the K-AI file nests 6 deep):
/// checked by [`check_depth`] before any parser runs, so the parsers' recursion is bounded.
pub const MAX_DEPTH: usize = 64;

/// Refuses `bytes` if arrays and objects nest deeper than [`MAX_DEPTH`], naming the line and
/// column of the first bracket too deep. One pass, no recursion, no allocation: it counts `[`
/// and `{` outside strings (escapes skipped), so it is safe on any input and costs
/// microseconds per kilobyte. Not a syntax check: broken text within the limit passes, and
/// the parser then says where it breaks.
///
/// # Errors
/// One [`ProblemKind::TooDeep`] problem.
pub fn check_depth(bytes: &[u8]) -> Result<(), Problem> {
    let (mut depth, mut line, mut column) = (0usize, 1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        // Columns count characters: UTF-8 continuation bytes do not start one.
        if b & 0xC0 != 0x80 {
            column += 1;
        }
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(Problem::new(
                            ROOT_PATH,
                            ProblemKind::TooDeep { line, column, limit: MAX_DEPTH },
                        ));
                    }
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if b == b'\n' {
            line += 1;
            column = 0;
        }
    }
    Ok(())
}

/// The problem for a body of `bytes` bytes over [`MAX_BYTES`] (also used when the body was
/// refused unread, by its announced length).
pub fn too_large(bytes: usize) -> Problem {
    Problem::new(ROOT_PATH, ProblemKind::TooLarge { bytes, limit: MAX_BYTES })
}

/// The problem for a body whose reading was stopped at [`MAX_BYTES`] (`kai-ranking.js` counts
/// the decoded bytes of a `data-src` body as they arrive).
pub fn too_large_read() -> Problem {
    Problem::new(ROOT_PATH, ProblemKind::TooLargeRead { limit: MAX_BYTES })
}

/// Checks `text` before it is parsed: refuses it over [`MAX_BYTES`] or nested deeper than
/// [`MAX_DEPTH`], and strips a byte-order mark (editors on Windows write one; it is not JSON,
/// but not the reader's fault either).
///
/// # Errors
/// One [`ProblemKind::TooLarge`] or [`ProblemKind::TooDeep`] problem.
pub fn prepare(text: &str) -> Result<&str, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_depth(text.as_bytes()).map_err(|p| vec![p])?;
    Ok(text)
}

/// The problem for a JSON parser's complaint `message` about `text`: a
/// [`ProblemKind::Syntax`] at the first place the text stops being JSON (found by a small
/// scanner, so every browser gives the same place), or, if the scanner sees none, at the
/// "(line L column C)" the message names (V8); with neither, the message alone (no "line 0").
pub fn syntax_problem(text: &str, message: &str) -> Problem {
    let message = message.to_string();
    let kind = match syntax_place(text).or_else(|| message_place(&message)) {
        Some((line, column)) => ProblemKind::Syntax { line, column, message },
        None => ProblemKind::Type { message },
    };
    Problem::new(ROOT_PATH, kind)
}

/// The problem for a type error of the deserializer (a string where a number belongs, …).
pub fn type_problem(message: impl Into<String>) -> Problem {
    Problem::new(ROOT_PATH, ProblemKind::Type { message: message.into() })
}

/// Line and column (1-based, columns in characters) of the first JSON syntax error in `text`,
/// or `None` when the scanner finds the text well-formed.
pub fn syntax_place(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let at = (Scan { b, i: 0, depth: 0 }).document().err()?.min(b.len());
    let before = &text[..text.floor_char_boundary(at)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

/// Reads "(line L column C)" from a V8 `JSON.parse` message.
fn message_place(message: &str) -> Option<(usize, usize)> {
    let start = message.find("(line ")? + "(line ".len();
    let rest = &message[start..];
    let (line, rest) = rest.split_once(" column ")?;
    let column = rest.split(')').next()?;
    Some((line.trim().parse().ok()?, column.trim().parse().ok()?))
}

/// A JSON syntax scanner that only reports the byte offset of the first error (it builds
/// nothing: the browser's `JSON.parse` does the parsing).
struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Scan<'_> {
    fn ws(&mut self) {
        while matches!(self.b.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> Result<(), usize> {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.i)
        }
    }

    fn document(&mut self) -> Result<(), usize> {
        self.value()?;
        self.ws();
        if self.i < self.b.len() { Err(self.i) } else { Ok(()) }
    }

    fn value(&mut self) -> Result<(), usize> {
        self.ws();
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.i);
        }
        let r = match self.b.get(self.i) {
            Some(b'{') => self.seq(b'}', true),
            Some(b'[') => self.seq(b']', false),
            Some(b'"') => self.string(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.i),
        };
        self.depth -= 1;
        r
    }

    fn seq(&mut self, close: u8, object: bool) -> Result<(), usize> {
        self.i += 1;
        self.ws();
        if self.b.get(self.i) == Some(&close) {
            self.i += 1;
            return Ok(());
        }
        loop {
            if object {
                self.ws();
                if self.b.get(self.i) != Some(&b'"') {
                    return Err(self.i);
                }
                self.string()?;
                self.eat(b':')?;
            }
            self.value()?;
            self.ws();
            match self.b.get(self.i) {
                Some(b',') => self.i += 1,
                Some(c) if *c == close => {
                    self.i += 1;
                    return Ok(());
                }
                _ => return Err(self.i),
            }
        }
    }

    fn string(&mut self) -> Result<(), usize> {
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(());
                }
                b'\\' => self.i += 2,
                0..=0x1f => return Err(self.i),
                _ => self.i += 1,
            }
        }
        Err(self.i)
    }

    fn word(&mut self, w: &[u8]) -> Result<(), usize> {
        if self.b.get(self.i..).is_some_and(|rest| rest.starts_with(w)) {
            self.i += w.len();
            Ok(())
        } else {
            Err(self.i)
        }
    }

    fn number(&mut self) -> Result<(), usize> {
        let start = self.i;
        while matches!(self.b.get(self.i), Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')) {
            self.i += 1;
        }
        if self.i == start || !self.b[self.i - 1].is_ascii_digit() { Err(start) } else { Ok(()) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn an_oversized_text_is_refused_with_its_size_and_the_limit() {
        let text = " ".repeat(MAX_BYTES + 1);
        let problems = prepare(&text).unwrap_err();
        assert_eq!(
            problems.iter().map(|p| p.message(Lang::En)).collect::<Vec<_>>(),
            ["$: the input is 1048577 bytes; the limit is 1048576 bytes"]
        );
        assert_eq!(
            too_large(1_200_000).message(Lang::Ko),
            "$: 입력이 1200000바이트로 한도 1048576바이트를 넘습니다"
        );
        assert_eq!(
            prepare(&" ".repeat(MAX_BYTES)).map(str::len),
            Ok(MAX_BYTES),
            "the limit itself is fine"
        );
    }

    #[test]
    fn nesting_deeper_than_64_is_refused_with_its_place() {
        // 64 levels are fine; the 65th `[` is column 65 of line 1.
        let ok = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(prepare(&ok), Ok(ok.as_str()));
        let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
        let problems = prepare(&deep).unwrap_err();
        assert_eq!(
            problems.iter().map(|p| p.message(Lang::En)).collect::<Vec<_>>(),
            ["$: line 1, column 65: nested deeper than 64 levels"]
        );
        assert_eq!(problems[0].message(Lang::Ko), "$: 1행 65열: 64단계보다 깊이 중첩되어 있습니다");
        // Brackets inside strings, escaped quotes included, do not count; columns are
        // characters and lines restart them.
        let text =
            format!("{{\"가\": \"[[[\\\"{{{{\",\n \"x\": {}1{}}}", "[".repeat(64), "]".repeat(64));
        assert_eq!(
            check_depth(text.as_bytes()).map_err(|p| p.message(Lang::En)),
            Err("$: line 2, column 70: nested deeper than 64 levels".to_string())
        );
    }

    #[test]
    fn a_body_stopped_at_the_limit_says_so_without_a_size() {
        assert_eq!(
            too_large_read().message(Lang::En),
            "$: the input passed the limit of 1048576 bytes, so reading stopped"
        );
        assert_eq!(
            too_large_read().message(Lang::Ko),
            "$: 입력이 한도 1048576바이트를 넘어 읽기를 멈췄습니다"
        );
    }

    #[test]
    fn a_byte_order_mark_is_stripped() {
        assert_eq!(prepare("\u{feff}{\"a\":1}"), Ok("{\"a\":1}"));
        assert_eq!(prepare("{}"), Ok("{}"));
    }

    #[test]
    fn the_scanner_points_at_the_first_character_that_is_not_json() {
        // Line 2 is `  "teams": [1,,2]`: the second comma is the 15th character.
        assert_eq!(syntax_place("{\n  \"teams\": [1,,2]\n}"), Some((2, 15)));
        // Missing the value after the last key: the end of the text, line 1 column 23.
        assert_eq!(syntax_place("{\"title\": {\"ko\": \"x\", "), Some((1, 23)));
        // Trailing garbage after a complete document: the `x`.
        assert_eq!(syntax_place("{}\n\nx"), Some((3, 1)));
        // Columns count characters, not bytes: `"가나", ]` fails at the `]`, column 8.
        assert_eq!(syntax_place("[\"가나\", ]"), Some((1, 8)));
        // A number that stops halfway (`1.`) fails where it starts.
        assert_eq!(syntax_place("[1.]"), Some((1, 2)));
        assert_eq!(syntax_place("[tru]"), Some((1, 2)));
        // Unclosed string: the end of the text.
        assert_eq!(syntax_place("\"abc"), Some((1, 5)));
        assert_eq!(
            syntax_place(&format!("{}{}", "[".repeat(600), "]".repeat(600))),
            Some((1, 65)),
            "nesting 65 deep"
        );
        assert_eq!(syntax_place("{\"a\": [1, 2.5e-3, true, null, \"x\\\"y\"]}"), None);
    }

    #[test]
    fn a_syntax_problem_has_a_place_from_the_scanner_or_the_message() {
        let p = syntax_problem("{\n  \"teams\": [1,,2]\n}", "Unexpected token ','");
        assert_eq!(
            p.message(Lang::En),
            "$: JSON syntax error at line 2, column 15: Unexpected token ','"
        );
        assert_eq!(p.message(Lang::Ko), "$: JSON 문법 오류 (2행 15열): Unexpected token ','");
        // The scanner accepts `\x` escapes that JSON.parse refuses: V8's place is used then.
        let q = syntax_problem(
            "[\"\\x\"]",
            "Bad escaped character in JSON at position 3 (line 1 column 4)",
        );
        assert!(matches!(q.kind, ProblemKind::Syntax { line: 1, column: 4, .. }), "{q:?}");
        // Neither: the message alone, with no invented place.
        let r = syntax_problem("[\"\\x\"]", "Bad escaped character");
        assert_eq!(r.message(Lang::En), "$: Bad escaped character");
    }
}
