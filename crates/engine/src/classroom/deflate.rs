//! A small raw-deflate writer (RFC 1951) for share links: one block with the fixed Huffman
//! codes (§3.2.6) and greedy LZ77 matches found through a hash chain.
//!
//! Why not `miniz_oxide`'s compressor: it costs ~10 kB gzip of wasm (measured), for links of a
//! few hundred bytes where its dynamic Huffman tables would save a few dozen characters. The
//! reading side stays `miniz_oxide`'s bounded inflater, which reads any raw deflate; the
//! tests check every output against it.

/// Match lengths: base of each length code 257–285 and its extra bits.
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] =
    [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/// Distances: base of each distance code 0–29 and its extra bits.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];

/// Window, shortest and longest match, and how many earlier places are tried per position.
const WINDOW: usize = 32 * 1024;
const MIN_MATCH: usize = 3;
const MAX_MATCH: usize = 258;
const MAX_CHAIN: usize = 128;
const HASH_BITS: u32 = 13;

/// Bits written least significant first, as deflate packs them.
struct Bits {
    out: Vec<u8>,
    acc: u32,
    n: u32,
}

impl Bits {
    fn put(&mut self, value: u32, bits: u32) {
        self.acc |= value << self.n;
        self.n += bits;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code (`bits` long), which deflate stores most significant bit first.
    fn code(&mut self, code: u32, bits: u32) {
        self.put(code.reverse_bits() >> (32 - bits), bits);
    }

    /// Literal/length symbol `s` (0–285) in the fixed code.
    fn symbol(&mut self, s: u32) {
        match s {
            0..=143 => self.code(0x30 + s, 8),
            144..=255 => self.code(0x190 + s - 144, 9),
            256..=279 => self.code(s - 256, 7),
            _ => self.code(0xC0 + s - 280, 8),
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.n > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// The index of the last `base` entry not above `v` (tables start at their smallest value).
fn slot(base: &[u16], v: usize) -> usize {
    base.iter().rposition(|&b| usize::from(b) <= v).unwrap_or(0)
}

fn hash(b: &[u8], i: usize) -> usize {
    let v = u32::from(b[i]) << 16 | u32::from(b[i + 1]) << 8 | u32::from(b[i + 2]);
    (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
}

/// `data` as raw deflate (one fixed-Huffman block).
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut w = Bits { out: Vec::with_capacity(data.len() / 2 + 16), acc: 0, n: 0 };
    w.put(1, 1); // the final block
    w.put(1, 2); // fixed Huffman codes
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; data.len()];
    let insert = |head: &mut [usize], prev: &mut [usize], i: usize| {
        if i + MIN_MATCH <= data.len() {
            let h = hash(data, i);
            prev[i] = head[h];
            head[h] = i;
        }
    };
    let mut i = 0;
    while i < data.len() {
        let (mut best_len, mut best_dist) = (0, 0);
        if i + MIN_MATCH <= data.len() {
            let mut cand = head[hash(data, i)];
            let max = MAX_MATCH.min(data.len() - i);
            let mut tries = 0;
            while cand != usize::MAX && i - cand <= WINDOW && tries < MAX_CHAIN {
                let len =
                    data[cand..].iter().zip(&data[i..i + max]).take_while(|(a, b)| a == b).count();
                if len > best_len {
                    (best_len, best_dist) = (len, i - cand);
                    if len == max {
                        break;
                    }
                }
                cand = prev[cand];
                tries += 1;
            }
        }
        if best_len >= MIN_MATCH {
            let l = slot(&LEN_BASE, best_len);
            w.symbol(257 + l as u32);
            w.put((best_len - usize::from(LEN_BASE[l])) as u32, u32::from(LEN_EXTRA[l]));
            let d = slot(&DIST_BASE, best_dist);
            w.code(d as u32, 5);
            w.put((best_dist - usize::from(DIST_BASE[d])) as u32, u32::from(DIST_EXTRA[d]));
            for j in i..i + best_len {
                insert(&mut head, &mut prev, j);
            }
            i += best_len;
        } else {
            w.symbol(u32::from(data[i]));
            insert(&mut head, &mut prev, i);
            i += 1;
        }
    }
    w.symbol(256);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniz_oxide::inflate::decompress_to_vec;

    #[test]
    fn what_it_writes_inflates_back() {
        let cases: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"a".to_vec(),
            b"abcabcabcabcabcabc".to_vec(),
            vec![0; 100_000],
            (0..=255u8).cycle().take(70_000).collect(),
            "도시\t녹지 비율(%)\n가람시\t100\n나래시\t30\n".repeat(50).into_bytes(),
            // Every length code, long distances.
            (0..40_000u32).map(|i| (i.wrapping_mul(i) >> 7) as u8).collect(),
        ];
        for (n, data) in cases.iter().enumerate() {
            assert_eq!(decompress_to_vec(&deflate(data)).ok().as_ref(), Some(data), "case {n}");
        }
        assert_eq!(deflate(b""), [0x03, 0x00], "the empty block (as zlib writes it)");
        // 1 literal, then ⌈99,999 / 258⌉ = 388 matches of 8 + 5 bits: ≈ 631 bytes.
        assert!(deflate(&[0; 100_000]).len() < 640, "runs become matches");
    }

    #[test]
    fn every_length_and_distance_code_is_found() {
        assert_eq!(slot(&LEN_BASE, 3), 0);
        assert_eq!(slot(&LEN_BASE, 10), 7);
        assert_eq!(slot(&LEN_BASE, 257), 27);
        assert_eq!(slot(&LEN_BASE, 258), 28, "258 has a code of its own");
        assert_eq!(slot(&DIST_BASE, 1), 0);
        assert_eq!(slot(&DIST_BASE, 32_768), 29);
        for len in MIN_MATCH..=MAX_MATCH {
            let l = slot(&LEN_BASE, len);
            assert!(len - usize::from(LEN_BASE[l]) < 1 << LEN_EXTRA[l] || len == 258, "{len}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_bytes_round_trip(data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3000),
                                small in proptest::collection::vec(0u8..4, 0..3000)) {
            proptest::prop_assert_eq!(decompress_to_vec(&deflate(&data)).ok(), Some(data.clone()));
            proptest::prop_assert_eq!(decompress_to_vec(&deflate(&small)).ok(), Some(small.clone()));
        }
    }
}
