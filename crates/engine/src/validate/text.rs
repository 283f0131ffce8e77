//! Neutralises text a dataset could use against its reader: bidirectional controls that would
//! reverse the row, sentence or chart label a name is shown in.
//!
//! Why apart: it runs on every *valid* dataset ([`super::check`]), so it must never change
//! harmless text (journalists copy the sentences); it depends on the model only.

use crate::model::{Citation, Claim, Dataset};
use crate::text::Text;

/// True for the Unicode controls that open a bidirectional embedding, override or isolate
/// (U+202A–U+202E, U+2066–U+2068); an unclosed one would reverse the text that follows it.
fn is_bidi_opener(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2068}')
}

/// Wraps every bilingual text that holds a bidi opener in FIRST STRONG ISOLATE … POP
/// DIRECTIONAL ISOLATE, which closes whatever the text left open: a hostile team name then
/// cannot reverse the row, the sentence or the chart label it is shown in. Texts without such
/// controls are left byte-for-byte alone (journalists copy the sentences).
pub(super) fn isolate_bidi(dataset: &mut Dataset) {
    fn fix(s: &mut String) {
        if s.chars().any(is_bidi_opener) {
            *s = format!("\u{2068}{s}\u{2069}");
        }
    }
    fn text(t: &mut Text) {
        fix(&mut t.ko);
        fix(&mut t.en);
    }
    fn cites(cs: &mut [Citation]) {
        for c in cs {
            fix(&mut c.quote);
            fix(&mut c.gloss);
        }
    }
    fn claim(c: &mut Claim) {
        text(&mut c.text);
        cites(&mut c.cites);
    }
    text(&mut dataset.title);
    text(&mut dataset.question);
    text(&mut dataset.disclaimer);
    dataset.context.iter_mut().for_each(claim);
    for c in &mut dataset.criteria {
        text(&mut c.label);
        text(&mut c.definition);
    }
    for p in &mut dataset.presets {
        text(&mut p.label);
        text(&mut p.description);
    }
    for s in &mut dataset.sources {
        text(&mut s.outlet);
        text(&mut s.author);
        if let Some(title) = &mut s.title {
            fix(title);
        }
        if let Some(note) = &mut s.note {
            text(note);
        }
    }
    for r in &mut dataset.rounds {
        text(&mut r.label);
        if let Some(note) = &mut r.pending_note {
            text(note);
        }
        cites(&mut r.cites);
        for e in &mut r.exits {
            text(&mut e.reason);
            cites(&mut e.cites);
        }
    }
    if let Some(o) = &mut dataset.official {
        text(&mut o.note);
        cites(&mut o.cites);
    }
    for t in &mut dataset.teams {
        text(&mut t.name);
        for c in [&mut t.lead, &mut t.partners, &mut t.models, &mut t.scale, &mut t.compute]
            .into_iter()
            .chain([&mut t.strategy, &mut t.outcome])
            .flatten()
        {
            claim(c);
        }
        t.facts.iter_mut().for_each(claim);
        for score in t.scores.values_mut() {
            text(&mut score.rationale);
            cites(&mut score.cites);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_texts_with_a_bidi_opener_are_isolated() {
        let mut d = Dataset {
            title: Text { ko: "제목".into(), en: "evil \u{202E}eman".into() },
            question: Text { ko: "질문".into(), en: "plain".into() },
            ..Default::default()
        };
        isolate_bidi(&mut d);
        assert_eq!(d.title.en, "\u{2068}evil \u{202E}eman\u{2069}");
        assert_eq!(d.title.ko, "제목");
        assert_eq!(d.question.en, "plain");
    }
}
