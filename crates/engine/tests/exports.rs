//! The exports against answers the export code did not compute: the CSV is read back by the
//! `csv` crate (not our writer) and checked against the independent oracle
//! `tests/golden/kai-rankings.json` (scripts/golden.py) and the raw data file read with
//! serde_json; the PNG layout is checked for every required element, the frame and the room
//! each text run is given.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kai_engine::export::{
    Align, DrawOp, ExportContext, PNG_PHONE, PNG_WIDE, PngLayout, png_layout, report_csv,
    text_width,
};
use kai_engine::model::Dataset;
use kai_engine::rank::{Gates, Ranking, ScoreMatrix, Weights, compare_cut, rank_in};
use kai_engine::round::scope;
use kai_engine::text::Lang;
use serde_json::Value;

fn read(rel: &str) -> Value {
    let path = format!("{}/../../{rel}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("file")).expect("json")
}

fn golden_case(name: &str) -> Value {
    let g = read("tests/golden/kai-rankings.json");
    g["cases"].as_array().unwrap().iter().find(|c| c["name"] == name).expect(name).clone()
}

/// The widget's state for one golden case: the ranking, what is above the line, the gates.
struct Case {
    d: Dataset,
    m: ScoreMatrix,
    ranking: Ranking,
    above: Vec<usize>,
    gates: Vec<Option<f64>>,
    round: String,
    size: usize,
    importance: Vec<f64>,
}

fn case(golden: &Value) -> Case {
    let d = kai_engine::validate::parse_json(kai_engine::KAI_2025_JSON).unwrap();
    let m = ScoreMatrix::new(&d);
    let w: Vec<f64> =
        golden["weights"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    let round = golden["round"].as_str().unwrap().to_string();
    let r = d.round(&round).unwrap();
    let gates: Vec<Option<f64>> =
        d.criteria.iter().map(|c| golden["gates"].get(&c.id).and_then(Value::as_f64)).collect();
    let importance = kai_engine::importance::to_importances(&w);
    let ranking =
        rank_in(&m, &Weights::new(w).unwrap(), &scope(&d, Some(r)), &Gates::new(gates.clone()));
    let size = golden["size"].as_u64().unwrap() as usize;
    let above = compare_cut(&d, &ranking, size, r.actual.as_deref()).above;
    Case { d, m, ranking, above, gates, round, size, importance }
}

impl Case {
    fn ctx<'a>(&'a self, lang: Lang, address: &'a str) -> ExportContext<'a> {
        ExportContext {
            dataset: &self.d,
            matrix: &self.m,
            ranking: &self.ranking,
            round: self.d.round(&self.round),
            cut: self.size,
            above: &self.above,
            gates: &self.gates,
            lang,
            address,
            importance: &self.importance,
        }
    }
}

/// Header block (key → value) and the table (header row, team rows), as the `csv` crate reads.
fn parse(text: &str) -> (Vec<(String, String)>, Vec<Vec<String>>) {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect();
    // The csv crate skips the blank line; the table starts at the first row of many fields.
    let table = records.iter().position(|r| r.len() > 2).expect("a table");
    let head = records[..table].iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    assert!(text.contains("\r\n\r\n"), "a blank line between the header block and the table");
    (head, records[table..].to_vec())
}

fn value<'a>(head: &'a [(String, String)], key: &str) -> &'a str {
    head.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).unwrap_or_else(|| {
        panic!("no {key} in {head:?}");
    })
}

/// Checks every team row of `table` against the golden case and the data file.
fn check_rows(golden: &Value, table: &[Vec<String>], lang: &str, criteria_ids: &[&str]) {
    let data = read("data/kai-2025.json");
    let k = criteria_ids.len();
    let (header, rows) = (&table[0], &table[1..]);
    assert_eq!(header.len(), 4 + 2 * k + 4, "{header:?}");
    let order: Vec<&str> =
        golden["order"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let ids: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(ids, order, "rows in the oracle's order");
    let weights: Vec<f64> =
        golden["weights"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    let total: f64 = weights.iter().sum();
    let round =
        data["rounds"].as_array().unwrap().iter().find(|r| r["id"] == golden["round"]).unwrap();
    for (i, row) in rows.iter().enumerate() {
        let id = order[i];
        let team = data["teams"].as_array().unwrap().iter().find(|t| t["id"] == id).unwrap();
        assert_eq!(row[2], team["name"][lang].as_str().unwrap(), "{id}: name");
        assert_eq!(
            row[0],
            golden["ranks"][i].as_u64().map(|r| r.to_string()).unwrap_or_default(),
            "{id}: rank"
        );
        // Two decimals, as the oracle rounds.
        assert_eq!(
            row[3],
            golden["scores"][i].as_f64().map(|s| format!("{s:.2}")).unwrap_or_default(),
            "{id}: score"
        );
        // Each criterion's contribution: its share × the team's score in the data file.
        let mut missing = Vec::new();
        for (c, cid) in criteria_ids.iter().enumerate() {
            let cell = &row[4 + k + c];
            match team["scores"][cid]["value"].as_f64() {
                Some(s) if golden["scores"][i].is_number() => {
                    let want = weights[c] / total * s;
                    let got: f64 = cell.parse().unwrap_or_else(|_| panic!("{id} {cid}: {cell:?}"));
                    assert!((got - want).abs() <= 0.005 + 1e-9, "{id} {cid}: {got} vs {want}");
                }
                Some(_) => assert_eq!(cell, "", "{id} {cid}: no contribution without a score"),
                None => {
                    missing.push(*cid);
                    assert_eq!(cell, "", "{id} {cid}: missing, not 0");
                }
            }
        }
        // Missing scores: named (by label), and only those.
        let flags = &row[4 + 2 * k];
        assert_eq!(flags.is_empty(), missing.is_empty(), "{id}: missing flags {flags:?}");
        for cid in &missing {
            let c = data["criteria"].as_array().unwrap().iter().find(|c| c["id"] == *cid).unwrap();
            assert!(flags.contains(c["label"][lang].as_str().unwrap()), "{id}: {flags}");
        }
        let gated = golden["gated"][i].as_bool().unwrap();
        let gate = &row[4 + 2 * k + 1];
        let met = if lang == "ko" { "충족" } else { "met" };
        if golden["gates"].as_object().unwrap().is_empty() {
            assert_eq!(gate, "", "{id}: no requirement, no result");
        } else {
            assert_eq!(gate == met, !gated, "{id}: requirement result {gate:?}");
        }
        let top = golden["top"].as_array().unwrap().iter().any(|t| t == id);
        let above = &row[4 + 2 * k + 2];
        let (yes, no) = if lang == "ko" { ("예", "아니요") } else { ("yes", "no") };
        if golden["scores"][i].is_number() {
            assert_eq!(above, if top { yes } else { no }, "{id}: above the line");
        }
        let outcome = &row[4 + 2 * k + 3];
        let (sel, not) =
            if lang == "ko" { ("선정", "미선정") } else { ("Selected", "Not selected") };
        match round["actual"].as_array() {
            Some(kept) => assert_eq!(
                outcome,
                if kept.iter().any(|t| t == id) { sel } else { not },
                "{id}: real outcome"
            ),
            None => assert!(!outcome.is_empty(), "{id}: a pending round says so"),
        }
    }
}

#[test]
fn the_csv_header_block_then_the_oracles_ranking_with_contributions_flags_and_outcomes() {
    let data = read("data/kai-2025.json");
    let ids: Vec<&str> =
        data["criteria"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    for (name, lang, code) in [
        ("preset:equal", Lang::Ko, "ko"),
        ("40-30-20-10", Lang::En, "en"),
        ("selection-2025/equal", Lang::En, "en"),
        ("stage-1/equal/sovereignty>=5", Lang::Ko, "ko"),
        ("stage-2/equal", Lang::Ko, "ko"),
    ] {
        let golden = golden_case(name);
        let c = case(&golden);
        let csv = report_csv(&c.ctx(lang, "https://example.org/kai/?weights=40,30,20,10"));
        let (head, table) = parse(&csv);
        let ko = lang == Lang::Ko;
        let key =
            |ko_key: &str, en_key: &str| if ko { ko_key.to_string() } else { en_key.to_string() };
        assert_eq!(value(&head, &key("제목", "title")), data["title"][code].as_str().unwrap());
        assert_eq!(
            value(&head, &key("알림", "disclaimer")),
            data["disclaimer"][code].as_str().unwrap()
        );
        assert_eq!(
            value(&head, &key("자료 기준일", "data as of")),
            data["as_of"].as_str().unwrap()
        );
        let round_date =
            data["rounds"].as_array().unwrap().iter().find(|r| r["id"] == golden["round"]).unwrap()
                ["date"]
                .as_str()
                .unwrap()
                .to_string();
        assert_eq!(
            value(&head, &key("단계", "round")).matches(&round_date).count(),
            1,
            "{name}: the round's date, once"
        );
        assert!(
            value(&head, &key("단계", "round")).contains(
                data["rounds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"] == golden["round"])
                    .unwrap()["label"][code]
                    .as_str()
                    .unwrap()
            )
        );
        // Weights as percent numbers: 40-30-20-10 by hand, equal is 25 each.
        let w: Vec<f64> =
            golden["weights"].as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        let total: f64 = w.iter().sum();
        for (i, c) in data["criteria"].as_array().unwrap().iter().enumerate() {
            let k = format!(
                "{}: {}",
                key("가중치(%)", "weight (%)"),
                c["label"][code].as_str().unwrap()
            );
            let got: f64 = value(&head, &k).parse().unwrap();
            assert!((got - w[i] / total * 100.0).abs() < 0.051, "{name}: {k} = {got}");
        }
        // Importances as the sliders show them (0–10), in the proportions of the weights.
        let imp: Vec<f64> = data["criteria"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let k = format!(
                    "{}: {}",
                    key("중요도(0–10)", "importance (0–10)"),
                    c["label"][code].as_str().unwrap()
                );
                value(&head, &k).parse::<f64>().unwrap()
            })
            .collect();
        let imp_total: f64 = imp.iter().sum();
        for (i, v) in imp.iter().enumerate() {
            assert!((0.0..=10.0).contains(v), "{name}: importance {v}");
            assert!((v / imp_total - w[i] / total).abs() < 0.01, "{name}: importance {i}");
        }
        assert!(!value(&head, &key("출처", "sources")).is_empty());
        assert_eq!(
            value(&head, &key("주소", "address")),
            "https://example.org/kai/?weights=40,30,20,10"
        );
        let req = value(&head, &key("요건", "requirements"));
        if golden["gates"].as_object().unwrap().is_empty() {
            assert_eq!(req, key("없음", "none"));
        } else {
            assert!(req.contains('5'), "{name}: {req}");
        }
        check_rows(&golden, &table, code, &ids);
    }
}

#[test]
fn the_csv_neutralises_formula_cells_from_a_pasted_dataset() {
    let mut json: Value = serde_json::from_str(kai_engine::KAI_2025_JSON).unwrap();
    let names = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rcr"];
    for (t, evil) in json["teams"].as_array_mut().unwrap().iter_mut().zip(names) {
        t["name"]["en"] = Value::from(evil);
    }
    json["title"]["en"] = Value::from("=HYPERLINK(\"http://x\")");
    let d = kai_engine::validate::parse_json(&json.to_string()).unwrap();
    let m = ScoreMatrix::new(&d);
    let all: Vec<usize> = (0..d.teams.len()).collect();
    let ranking = rank_in(&m, &Weights::equal(4), &all, &Gates::none(4));
    let ctx = ExportContext {
        dataset: &d,
        matrix: &m,
        ranking: &ranking,
        round: None,
        cut: 3,
        above: &[],
        gates: &[None, None, None, None],
        lang: Lang::En,
        address: "",
        importance: &[],
    };
    let csv = report_csv(&ctx);
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }
    assert!(csv.contains("'=1+1"), "neutralised, not dropped");
}

fn texts(p: &PngLayout) -> Vec<&str> {
    p.texts().collect()
}

/// Every drawing operation inside the canvas; every text run narrower than its room.
fn check_frame(p: &PngLayout) {
    for op in &p.ops {
        match op {
            DrawOp::Rect { x, y, w, h, .. } => {
                assert!(*x >= 0.0 && *y >= 0.0 && x + w <= p.width && y + h <= p.height, "{op:?}")
            }
            DrawOp::Line { x1, x2, y, .. } => {
                assert!(*x1 >= 0.0 && *x2 <= p.width && *y >= 0.0 && *y <= p.height, "{op:?}")
            }
            DrawOp::Text { x, y, max_width, align, text, size, .. } => {
                let left = if *align == Align::End { x - max_width } else { *x };
                assert!(left >= 0.0 && left + max_width <= p.width, "{text} outside");
                assert!(*y - size >= 0.0 && *y <= p.height, "{text} above or below");
                assert!(
                    text_width(text, *size) <= *max_width + 1e-9,
                    "{text:?} ({}) wider than its room {max_width}",
                    text_width(text, *size)
                );
            }
        }
    }
}

#[test]
fn the_picture_has_title_weights_round_cut_rows_outcomes_disclaimer_sources_date_and_address() {
    let data = read("data/kai-2025.json");
    let address = "https://example.org/kai/?lang=en&weights=40,30,20,10&round=stage-1";
    for name in ["preset:equal", "stage-1/equal/sovereignty>=5", "selection-2025/equal"] {
        let golden = golden_case(name);
        let c = case(&golden);
        for (lang, code) in [(Lang::Ko, "ko"), (Lang::En, "en")] {
            for width in [PNG_WIDE, PNG_PHONE] {
                let p = png_layout(&c.ctx(lang, address), width);
                // The painter draws at 2×: 1600 px and 1080 px files.
                assert_eq!(p.width * 2.0, if width == PNG_WIDE { 1600.0 } else { 1080.0 });
                check_frame(&p);
                let t = texts(&p);
                let joined = t.join(" ");
                let flat = joined.replace(' ', "");
                let s = |v: &Value| v[code].as_str().unwrap().to_string();
                assert!(flat.contains(&s(&data["title"]).replace(' ', "")), "{name}: title");
                assert!(
                    flat.contains(&s(&data["disclaimer"]).replace(' ', "")),
                    "{name}: disclaimer"
                );
                assert!(joined.contains(data["as_of"].as_str().unwrap()), "{name}: date");
                assert!(flat.contains(&address.replace(' ', "")), "{name}: address");
                // Sources (short): the first source's outlet is named.
                assert!(joined.contains(&s(&data["sources"][0]["outlet"])), "{name}: sources");
                // Weights: every criterion named with its share.
                for cr in data["criteria"].as_array().unwrap() {
                    assert!(joined.contains(&s(&cr["label"])), "{name}: {}", s(&cr["label"]));
                }
                let round = data["rounds"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| r["id"] == golden["round"])
                    .unwrap();
                assert!(joined.contains(&s(&round["label"])), "{name}: round");
                // The cut line: drawn (a dashed line) and labelled.
                assert!(
                    p.ops.iter().any(|o| matches!(o, DrawOp::Line { dashed: true, .. })),
                    "{name}"
                );
                let cut = if code == "ko" { "선정 기준선" } else { "Selection line" };
                assert!(joined.contains(cut), "{name}: cut label");
                // Every participant's row; each with its real outcome in words, not colour.
                for id in round["participants"].as_array().unwrap() {
                    let team =
                        data["teams"].as_array().unwrap().iter().find(|t| t["id"] == *id).unwrap();
                    assert!(t.contains(&s(&team["name"]).as_str()), "{name}: row of {id}");
                }
                if let Some(kept) = round["actual"].as_array() {
                    let (sel, not) = if code == "ko" {
                        ("✓ 선정", "✕ 미선정")
                    } else {
                        ("✓ Selected", "✕ Not selected")
                    };
                    let n_sel = t.iter().filter(|x| x.contains(sel)).count();
                    let n_not = t.iter().filter(|x| x.contains(not)).count();
                    assert_eq!(n_sel, kept.len(), "{name} {code}: selected badges");
                    assert_eq!(n_not, round["participants"].as_array().unwrap().len() - kept.len());
                }
                // Ranks and scores: the leader's, by the oracle.
                let lead = format!("{:.1}", golden["scores"][0].as_f64().unwrap());
                assert!(
                    t.contains(&lead.as_str()) || t.iter().any(|x| x.contains(&lead)),
                    "{name}: {lead}"
                );
                if code == "ko" {
                    assert!(
                        t.iter()
                            .filter(|x| x.chars().any(|c| ('\u{AC00}'..='\u{D7AF}').contains(&c)))
                            .count()
                            > 10,
                        "{name}: Korean text"
                    );
                }
            }
        }
    }
}

#[test]
fn the_picture_says_who_misses_a_score_and_who_fails_a_requirement_in_words() {
    let c = case(&golden_case("selection-2025/equal"));
    let t: Vec<String> =
        texts(&png_layout(&c.ctx(Lang::En, ""), PNG_PHONE)).into_iter().map(String::from).collect();
    // Kakao, Motif, Konan and KAIST have no rank (a score is missing): said in words.
    assert!(t.iter().filter(|x| x.to_lowercase().contains("no ")).count() >= 4, "{t:?}");
    let c = case(&golden_case("stage-1/equal/sovereignty>=5"));
    let t: Vec<String> =
        texts(&png_layout(&c.ctx(Lang::Ko, ""), PNG_WIDE)).into_iter().map(String::from).collect();
    // Naver Cloud is below the sovereignty minimum of 5.
    assert!(t.iter().any(|x| x.contains("자주성") && x.contains('5')), "{t:?}");
}
