//! A quick, strict scan of one record (a JSON object): where its kept fields' values are, and
//! whether the record is certainly valid JSON. It answers "valid" only for what serde_json
//! accepts too; anything it is unsure of (an escape in a key, `\u` escapes, a control character,
//! deep nesting, many kept fields) it leaves to serde_json, which then has the last word. It
//! never checks what serde_json does not check when skipping a value (UTF-8 of strings), so
//! both readers accept the same files.

use super::{Fields, find_from, splat, zero_bytes};

/// The first byte from `i` on that ends plain string content: a quote, a backslash or a control
/// character, eight bytes at a time.
fn special(b: &[u8], i: usize) -> Option<usize> {
    find_from(
        b,
        i,
        |w| {
            zero_bytes(w ^ splat(b'"'))
                | zero_bytes(w ^ splat(b'\\'))
                | (w.wrapping_sub(splat(0x20)) & !w & splat(0x80))
        },
        |c| c == b'"' || c == b'\\' || c < 0x20,
    )
}

/// Kept fields a record may hold (a duplicate key counts twice) before the scan gives up.
pub(super) const MAX_FOUND: usize = 64;
/// Nesting deeper than this is left to serde_json (its own limit is 128).
const MAX_DEPTH: usize = 64;

/// A kept field: its index in [`Fields`] and where its value is, in file order.
pub(super) struct Found {
    pub len: usize,
    pub fields: [(u8, u32, u32); MAX_FOUND],
    /// The kept fields the reused record's map holds, when known (one bit per field index).
    pub present: Option<u64>,
}

impl Found {
    pub fn new() -> Found {
        Found {
            len: 0,
            fields: [(0, 0, 0); MAX_FOUND],
            present: None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.fields[..self.len]
            .iter()
            .map(|&(i, s, e)| (i as usize, s as usize, e as usize))
    }
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

/// Scans `bytes` (one record); `None` when unsure. On success, `found` holds the kept fields and
/// whether each string value is plain (no escape): such a value is its bytes between quotes.
pub(super) fn scan(bytes: &[u8], fields: &Fields, found: &mut Found) -> Option<()> {
    if bytes.len() > u32::MAX as usize {
        return None;
    }
    found.len = 0;
    let mut s = Scan { b: bytes, i: 0 };
    s.ws();
    if s.peek()? != b'{' {
        return None;
    }
    if !s.opens_empty(b'}')? {
        loop {
            let (ks, ke) = s.key()?;
            s.ws();
            s.eat(b':')?;
            s.ws();
            let vs = s.i;
            s.value(1)?;
            if let Some(f) = fields.find(&bytes[ks..ke]) {
                if found.len == MAX_FOUND || f >= MAX_FOUND {
                    return None;
                }
                found.fields[found.len] = (f as u8, vs as u32, s.i as u32);
                found.len += 1;
            }
            if s.closes(b'}')? {
                break;
            }
        }
    }
    s.ws();
    (s.i == bytes.len()).then_some(())
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.i += 1)
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.i += 1;
        }
    }

    /// A key without escapes: the range of its bytes.
    fn key(&mut self) -> Option<(usize, usize)> {
        self.eat(b'"')?;
        let start = self.i;
        self.i = special(self.b, self.i)?;
        (self.b[self.i] == b'"').then(|| {
            self.i += 1;
            (start, self.i - 1)
        })
    }

    /// A string whose opening quote is next; escapes other than `\u` are checked and skipped.
    fn string(&mut self) -> Option<()> {
        self.i += 1;
        loop {
            self.i = special(self.b, self.i)?;
            match self.b[self.i] {
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                b'\\' => match self.b.get(self.i + 1)? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => self.i += 2,
                    _ => return None,
                },
                _ => return None,
            }
        }
    }

    /// Steps over an object's or array's opening byte; true when `close` follows at once (and
    /// is stepped over too).
    fn opens_empty(&mut self, close: u8) -> Option<bool> {
        self.i += 1;
        self.ws();
        let empty = self.peek()? == close;
        if empty {
            self.i += 1;
        }
        Some(empty)
    }

    /// After a member: true when `close` ends the object or array, false after a comma.
    fn closes(&mut self, close: u8) -> Option<bool> {
        self.ws();
        match self.peek()? {
            b',' => {
                self.i += 1;
                self.ws();
                Some(false)
            }
            c if c == close => {
                self.i += 1;
                Some(true)
            }
            _ => None,
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<()> {
        if self.peek()? == b'-' {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => {
                self.digits();
            }
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return None;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return None;
            }
        }
        // A number ends at a delimiter (serde_json rejects `01` and `1x` the same way).
        match self.peek() {
            None | Some(b',' | b'}' | b']' | b' ' | b'\n' | b'\t' | b'\r') => Some(()),
            _ => None,
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        (self.b.get(self.i..self.i + word.len())? == word).then(|| self.i += word.len())
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        match self.peek()? {
            b'"' => self.string(),
            b'-' | b'0'..=b'9' => self.number(),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'{' if depth < MAX_DEPTH => {
                if self.opens_empty(b'}')? {
                    return Some(());
                }
                loop {
                    if self.peek()? != b'"' {
                        return None;
                    }
                    self.string()?;
                    self.ws();
                    self.eat(b':')?;
                    self.ws();
                    self.value(depth + 1)?;
                    if self.closes(b'}')? {
                        return Some(());
                    }
                }
            }
            b'[' if depth < MAX_DEPTH => {
                if self.opens_empty(b']')? {
                    return Some(());
                }
                loop {
                    self.value(depth + 1)?;
                    if self.closes(b']')? {
                        return Some(());
                    }
                }
            }
            _ => None,
        }
    }
}
