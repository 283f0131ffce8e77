//! Any bytes → `parse_json_bytes`: must not panic, and every problem must name a place.
#![no_main]

use kai_engine::text::Lang;
use kai_engine::validate::parse_json_bytes;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(problems) = parse_json_bytes(data) {
        assert!(!problems.is_empty());
        for p in &problems {
            assert!(!p.path.is_empty());
            let _ = p.message(Lang::Ko);
            let _ = p.message(Lang::En);
        }
    }
});
