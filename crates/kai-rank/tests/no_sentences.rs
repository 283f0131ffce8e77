//! The CLI is a thin shell: every sentence it prints lives in `kai_engine::i18n`. This test
//! reads the CLI's own source and fails on any string literal holding Hangul or two English
//! words in a row ("cannot read", "top five"), so a new message cannot slip in beside the
//! engine's words. Comments are skipped; option names, JSON keys and format patterns pass.

use std::path::PathBuf;

/// String literals of Rust source, with `//` comments and char literals skipped.
fn string_literals(src: &str) -> Vec<String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            '"' => {
                let mut lit = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(c) = chars.get(i) {
                        lit.push(*c);
                    }
                    i += 1;
                }
                out.push(lit);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

fn is_word(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',', ':', ';', '!', '?', ')']).trim_start_matches('(');
    t.len() >= 2 && t.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
}

/// Why `literal` reads as a sentence, if it does.
fn sentence(literal: &str) -> Option<&'static str> {
    if literal.chars().any(|c| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7A3}')) {
        return Some("Hangul");
    }
    let tokens: Vec<&str> = literal.split_whitespace().collect();
    tokens.windows(2).any(|w| is_word(w[0]) && is_word(w[1])).then_some("English words")
}

#[test]
fn the_detector_finds_sentences_and_spares_names() {
    let src = "let a = \"cannot read {what}\"; // a comment, not a literal\n\
               let b = '\"'; let c = \"--weights\"; let d = \"would_get_in\"; let e = \"┄┄ {label} \";\n\
               let f = \"팀\"; let g = \"{}  {}\";";
    let found: Vec<String> =
        string_literals(src).into_iter().filter(|l| sentence(l).is_some()).collect();
    assert_eq!(found, ["cannot read {what}", "팀"]);
}

#[test]
fn the_cli_source_holds_no_sentence_of_its_own() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"));
    let mut offenders = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "rs") {
            files += 1;
            let src = std::fs::read_to_string(&path).unwrap();
            // Unit tests may spell inputs in any language.
            let code = src.split("#[cfg(test)]").next().unwrap_or("");
            for lit in string_literals(code) {
                if let Some(why) = sentence(&lit) {
                    offenders.push(format!("{}: {why}: {lit:?}", path.display()));
                }
            }
        }
    }
    assert!(files >= 3, "main.rs, args.rs, output.rs");
    assert!(
        offenders.is_empty(),
        "move these into kai_engine::i18n::cli:\n{}",
        offenders.join("\n")
    );
}
