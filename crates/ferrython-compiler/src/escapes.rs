//! The SyntaxWarning for invalid escape sequences (`"\d"`), found by scanning the source's
//! string literals as CPython's tokenizer does: at most one warning per literal (per literal
//! part of an f-string), on the line where the literal starts.

/// (line, message) for each literal with an invalid escape, in source order.
pub fn invalid_escapes(source: &str) -> Vec<(u32, String)> {
    let b = source.as_bytes();
    let mut out = Vec::new();
    let mut line = 1u32;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let (prefix_raw, bytes, fstr) = prefix_flags(b, i);
                i = scan_literal(b, i, &mut line, prefix_raw, bytes, fstr, &mut out);
            }
            _ => i += 1,
        }
    }
    out
}

/// The literal's prefix letters just before the quote at `q` (r, b, f, u in any case).
fn prefix_flags(b: &[u8], q: usize) -> (bool, bool, bool) {
    let mut j = q;
    while j > 0 && b[j - 1].is_ascii_alphabetic() {
        j -= 1;
    }
    let word = &b[j..q];
    let is_prefix = word.len() <= 2
        && word
            .iter()
            .all(|c| matches!(c.to_ascii_lowercase(), b'r' | b'b' | b'f' | b'u'))
        && (j == 0 || !(b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'_'));
    if !is_prefix {
        return (false, false, false);
    }
    let has = |x: u8| word.iter().any(|c| c.to_ascii_lowercase() == x);
    (has(b'r'), has(b'b'), has(b'f'))
}

/// Scans the literal whose opening quote is at `start`; returns the index after it.
fn scan_literal(
    b: &[u8],
    start: usize,
    line: &mut u32,
    raw: bool,
    bytes: bool,
    fstr: bool,
    out: &mut Vec<(u32, String)>,
) -> usize {
    let q = b[start];
    let triple = b.get(start + 1) == Some(&q) && b.get(start + 2) == Some(&q);
    let mut i = start + if triple { 3 } else { 1 };
    let first_line = *line;
    let mut warned = false;
    let mut depth = 0usize;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' {
            *line += 1;
            if !triple && depth == 0 {
                return i;
            }
        }
        if fstr && depth == 0 && c == b'{' {
            if b.get(i + 1) == Some(&b'{') {
                i += 2;
                continue;
            }
            depth = 1;
            i += 1;
            continue;
        }
        if fstr && depth > 0 {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        // A new literal part begins after the replacement field.
                        warned = false;
                    }
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        if c == b'\\' {
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            // An octal escape above 0o377 is invalid too (it shares the one warning a literal
            // gets for its first invalid escape).
            let octal: Vec<u8> = b[i + 1..]
                .iter()
                .take(3)
                .take_while(|d| (b'0'..=b'7').contains(d))
                .copied()
                .collect();
            if !raw && !warned && octal.len() == 3 && (octal[0] - b'0') > 3 {
                let digits = String::from_utf8_lossy(&octal).into_owned();
                out.push((
                    first_line,
                    format!("invalid octal escape sequence '\\{digits}'"),
                ));
                warned = true;
            }
            if !raw && !warned && !valid_escape(next, bytes) {
                let text = match std::str::from_utf8(&b[i + 1..])
                    .ok()
                    .and_then(|s| s.chars().next())
                {
                    Some(ch) => ch.to_string(),
                    None => String::new(),
                };
                out.push((first_line, format!("invalid escape sequence '\\{text}'")));
                warned = true;
            }
            if next == b'\n' {
                *line += 1;
            }
            i += 2;
            continue;
        }
        if c == q && (!triple || (b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q))) {
            return i + if triple { 3 } else { 1 };
        }
        i += 1;
    }
    i
}

fn valid_escape(c: u8, bytes: bool) -> bool {
    matches!(
        c,
        b'\n'
            | b'\r'
            | b'\\'
            | b'\''
            | b'"'
            | b'a'
            | b'b'
            | b'f'
            | b'n'
            | b'r'
            | b't'
            | b'v'
            | b'x'
            | b'0'..=b'7'
    ) || (!bytes && matches!(c, b'N' | b'u' | b'U'))
}
