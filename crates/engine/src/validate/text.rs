//! Neutralises text a dataset could use against its reader: bidirectional controls that would
//! reverse the row, sentence or chart label a name is shown in, and control characters.
//!
//! Why apart: it runs on every *valid* dataset ([`super::check`]), so it must never change
//! harmless text (journalists copy the sentences); it depends on the model only.

use std::borrow::Cow;

use crate::model::{Citation, Claim, Dataset};
use crate::text::{Text, neutralise_bidi};

/// Runs [`neutralise_bidi`] over every text of the dataset: no control character survives
/// (line breaks and tabs only in the long texts, which may hold them), no PDF or PDI closes
/// anything the text did not open (a leading PDI would close the isolation and reverse the
/// sentence a team name sits in), whatever a text opens is closed at its end, and a text that
/// still holds bidi controls is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.
/// Harmless texts are left byte-for-byte alone (journalists copy the sentences).
pub(super) fn isolate_bidi(dataset: &mut Dataset) {
    fn fix_as(s: &mut String, keep_breaks: bool) {
        if let Cow::Owned(clean) = neutralise_bidi(s, keep_breaks) {
            *s = clean;
        }
        // What is left opens only what it closes; FSI … PDI on top keeps its direction from
        // leaking into the sentence around it (a name that starts right-to-left).
        if s.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2068}')) {
            *s = format!("\u{2068}{s}\u{2069}");
        }
    }
    fn fix(s: &mut String) {
        fix_as(s, true);
    }
    /// A one-line text: a name or a label.
    fn name(t: &mut Text) {
        fix_as(&mut t.ko, false);
        fix_as(&mut t.en, false);
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
    name(&mut dataset.title);
    if let Some(label) = &mut dataset.item_label {
        name(label);
    }
    text(&mut dataset.question);
    text(&mut dataset.disclaimer);
    dataset.context.iter_mut().for_each(claim);
    for c in &mut dataset.criteria {
        name(&mut c.label);
        if let Some(scale) = &mut c.scale {
            fix_as(&mut scale.unit, false);
        }
        text(&mut c.definition);
    }
    for p in &mut dataset.presets {
        name(&mut p.label);
        text(&mut p.description);
    }
    for s in &mut dataset.sources {
        name(&mut s.outlet);
        name(&mut s.author);
        if let Some(title) = &mut s.title {
            fix(title);
        }
        if let Some(note) = &mut s.note {
            text(note);
        }
    }
    for r in &mut dataset.rounds {
        name(&mut r.label);
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
        name(&mut t.name);
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
    fn only_texts_with_controls_change_and_names_lose_line_breaks() {
        let mut d = Dataset {
            title: Text { ko: "제목".into(), en: "evil \u{202E}eman".into() },
            question: Text { ko: "질문\n둘째 줄".into(), en: "plain\u{7}".into() },
            ..Default::default()
        };
        isolate_bidi(&mut d);
        assert_eq!(d.title.en, "\u{2068}evil \u{202E}eman\u{202C}\u{2069}");
        assert_eq!(d.title.ko, "제목");
        assert_eq!(d.question.ko, "질문\n둘째 줄");
        assert_eq!(d.question.en, "plain");
    }
}
