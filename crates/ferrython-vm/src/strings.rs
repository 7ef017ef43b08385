//! The `str` type: subscription, the constructor, and the native methods (searching,
//! splitting, case mapping, predicates, padding, encoding, `str.format`, translation).
//!
//! Indices seen by Python code count code points; the text is stored as UTF-8, so positions
//! are converted between code points and bytes where needed (directly for ASCII strings).
//! Unicode character classes are approximated with what `char` offers plus a few small tables.

use std::collections::HashMap;

use num_traits::ToPrimitive;

use crate::builtins::{add_method, slice_indices, split_kw};
use crate::objects::*;
use crate::ops::{IntRef, as_int, is_subtype};
use crate::value::{Kind, Value};
use crate::vm::{NativeFn, PyResult, Vm};

// ----- small helpers ---------------------------------------------------------------------------

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The receiver of a str method (a str or an instance of a str subclass).
fn recv<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a PyStr> {
    match args.first() {
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
        Some(v) => v.downcast::<PyStr>().ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
    }
}

/// How a positional-only method reports a wrong argument count (CPython's messages differ by
/// calling convention).
#[derive(Clone, Copy)]
enum Style {
    /// No arguments at all.
    NoArgs,
    /// Exactly one argument.
    One,
    /// Argument Clinic positional-only parameters.
    Clinic,
    /// Old-style tuple parsing (`find`, `count`, `startswith`, ...).
    Tuple,
}

/// The receiver and the positional arguments of a method without keyword parameters.
fn method_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
    style: Style,
) -> PyResult<(&'a PyStr, &'a [Value])> {
    let s = recv(vm, args, name)?;
    if !kwnames.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let rest = &args[1..];
    let n = rest.len();
    if n < min || n > max {
        let msg = match style {
            Style::NoArgs => format!("str.{name}() takes no arguments ({n} given)"),
            Style::One => format!("str.{name}() takes exactly one argument ({n} given)"),
            Style::Clinic => {
                let exact = min == max;
                if n < min {
                    format!(
                        "{name} expected {}{min} argument{}, got {n}",
                        if exact { "" } else { "at least " },
                        plural(min)
                    )
                } else {
                    format!(
                        "{name} expected {}{max} argument{}, got {n}",
                        if exact { "" } else { "at most " },
                        plural(max)
                    )
                }
            }
            Style::Tuple => {
                if n < min {
                    format!(
                        "{name}() takes at least {min} argument{} ({n} given)",
                        plural(min)
                    )
                } else {
                    format!(
                        "{name}() takes at most {max} argument{} ({n} given)",
                        plural(max)
                    )
                }
            }
        };
        return Err(vm.type_error(msg));
    }
    Ok((s, rest))
}

/// Binds positional and keyword arguments to the named parameters `names`.
fn bind_kw<'a>(
    vm: &Vm,
    fname: &str,
    pos: &'a [Value],
    kws: &[(&'a str, &'a Value)],
    names: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let total = pos.len() + kws.len();
    if total > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if pos.is_empty() { "keyword " } else { "" },
            plural(names.len())
        )));
    }
    let mut out: Vec<Option<&'a Value>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for &(k, v) in kws {
        match names.iter().position(|n| *n == k) {
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
            Some(i) if i < pos.len() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v),
        }
    }
    Ok(out)
}

/// The receiver and named parameters of a method that accepts keywords.
fn kw_method_args<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    kwnames: &'a [Value],
    names: &[&str],
) -> PyResult<(&'a PyStr, Vec<Option<&'a Value>>)> {
    let s = recv(vm, args, name)?;
    let (pos, kws) = split_kw(args, kwnames);
    let vals = bind_kw(vm, name, &pos[1..], &kws, names)?;
    Ok((s, vals))
}

/// A `str` argument, with the "must be str, not X" message.
fn str_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    str_of(v).ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

/// A `str` argument of an Argument Clinic function: "f() argument N must be str, not X".
fn clinic_str<'a>(vm: &Vm, v: &'a Value, fname: &str, which: &str) -> PyResult<&'a str> {
    str_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument {which} must be str, not {}",
            vm.type_name(v)
        ))
    })
}

/// A `Py_ssize_t` argument.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => b
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => vm.index_value(v),
    }
}

/// A slice bound (`start`/`end` of `find` and friends): `None` when absent or None.
fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is(&vm.none) {
        return Ok(None);
    }
    let clamp = |i: IntRef<'_>| match i {
        IntRef::Small(i) => i,
        IntRef::Big(b) => b
            .to_i64()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
    };
    if let Some(i) = as_int(v) {
        return Ok(Some(clamp(i)));
    }
    let msg = "slice indices must be integers or None or have an __index__ method";
    match vm.call_index(v)? {
        Some(r) => match as_int(&r) {
            Some(i) => Ok(Some(clamp(i))),
            None => Err(vm.type_error(msg)),
        },
        None => Err(vm.type_error(msg)),
    }
}

/// Resolves optional `start`/`end` against a length like a slice (code points). The start may
/// exceed the end (then nothing matches).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn cp_len(s: &str, ascii: bool) -> usize {
    if ascii { s.len() } else { s.chars().count() }
}

/// The code-point range `start..end` of `s` as text, with its starting code point.
fn sub_range(s: &PyStr, start: i64, end: i64) -> (&str, usize) {
    let ascii = s.is_ascii();
    let (st, en) = (start as usize, end as usize);
    let b0 = s.byte_offset(st);
    let b1 = if ascii {
        en.min(s.s.len())
    } else {
        s.byte_offset(en)
    };
    (&s.s[b0..b1], st)
}

/// Returns the receiver itself when it is an exact str, else a plain copy of its text.
fn ret_self(vm: &Vm, v: &Value) -> Value {
    if v.header_type().is_some_and(|t| t.is(&vm.t.str)) {
        v.clone()
    } else {
        vm.str(str_of(v).unwrap_or(""))
    }
}

fn is_exact_str(vm: &Vm, v: &Value) -> bool {
    v.kind() == Some(Kind::Str) && v.header_type().is_some_and(|t| t.is(&vm.t.str))
}

// ----- character classes -----------------------------------------------------------------------

/// Python's whitespace: the Unicode White_Space characters plus the ASCII separators 0x1c-0x1f.
pub fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        c.is_whitespace()
    }
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// First code points of the runs of ten decimal digits (general category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// The value of a decimal digit (any script), like `unicodedata.decimal`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let v = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= v);
    if i == 0 {
        return None;
    }
    let z = DECIMAL_ZEROS[i - 1];
    if v - z < 10 { Some(v - z) } else { None }
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// Digits that are not decimal (superscripts, circled digits, ...).
fn is_other_digit(c: char) -> bool {
    matches!(c as u32,
        0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
        | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
        | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x10E60..=0x10E68
        | 0x11052..=0x1105A | 0x1F100..=0x1F10A)
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || is_other_digit(c)
}

/// Ideographs with a numeric value.
fn is_cjk_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '萬'
            | '億'
            | '亿'
            | '兆'
            | '零'
            | '壹'
            | '貳'
            | '參'
            | '肆'
            | '伍'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '两'
            | '廿'
            | '卅'
            | '卌'
    )
}

fn is_numeric(c: char) -> bool {
    c.is_numeric() || is_digit(c) || is_cjk_numeral(c)
}

/// Letters (categories L*): alphabetic but not letter-like numbers.
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    c.is_alphabetic() && !c.is_numeric() && !is_mark(c)
}

/// Common combining marks (approximating categories Mn/Mc).
fn is_mark(c: char) -> bool {
    matches!(c as u32,
        0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x610..=0x61A | 0x64B..=0x65F | 0x670
        | 0x6D6..=0x6DC | 0x900..=0x903 | 0x93A..=0x93C | 0x93E..=0x94F | 0x951..=0x957 | 0x962 | 0x963
        | 0x981..=0x983 | 0x9BC | 0x9BE..=0x9CD | 0xA01..=0xA03 | 0xA3C..=0xA51 | 0xA81..=0xA83
        | 0xABC..=0xACD | 0xB01..=0xB03 | 0xB3C..=0xB57 | 0xBBE..=0xBCD | 0xC00..=0xC04 | 0xC3E..=0xC56
        | 0xC81..=0xC83 | 0xCBC..=0xCD6 | 0xD00..=0xD03 | 0xD3E..=0xD57 | 0xE31 | 0xE34..=0xE3A
        | 0xE47..=0xE4E | 0xEB1 | 0xEB4..=0xEBC | 0xEC8..=0xECE | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
        | 0x20D0..=0x20FF | 0x302A..=0x302F | 0x3099 | 0x309A | 0xFE20..=0xFE2F)
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// Titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC
        | 0x1FFC)
}

fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_uppercase()
    }
}

fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        c.is_lowercase()
    }
}

fn is_cased(c: char) -> bool {
    is_upper(c) || is_lower(c) || is_titlecase(c)
}

/// Characters skipped when deciding whether a capital sigma ends a word.
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.'
            | ':'
            | '^'
            | '`'
            | '\u{AD}'
            | '\u{B7}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2024}'
            | '\u{2027}'
    ) || is_mark(c)
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    let after = chars[i + 1..]
        .iter()
        .find(|c| !is_case_ignorable(**c))
        .is_some_and(|c| is_cased(*c));
    before && !after
}

/// Appends the full lowercase mapping of `chars[i]` (with the final-sigma rule).
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == 'Σ' {
        out.push(if final_sigma(chars, i) { 'ς' } else { 'σ' });
    } else {
        out.extend(c.to_lowercase());
    }
}

fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Appends the full titlecase mapping of `c`.
fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
        return;
    }
    let v = c as u32;
    let s: &str = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ",
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ",
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ",
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ",
        'ß' => "Ss",
        'ﬀ' => "Ff",
        'ﬁ' => "Fi",
        'ﬂ' => "Fl",
        'ﬃ' => "Ffi",
        'ﬄ' => "Ffl",
        'ﬅ' | 'ﬆ' => "St",
        'և' => "Եւ",
        'ﬓ' => "Մն",
        'ﬔ' => "Մե",
        'ﬕ' => "Մի",
        'ﬖ' => "Վն",
        'ﬗ' => "Մխ",
        'ŉ' => "ʼN",
        'ᾳ' | 'ᾼ' => "ᾼ",
        'ῃ' | 'ῌ' => "ῌ",
        'ῳ' | 'ῼ' => "ῼ",
        _ => {
            match v {
                0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => {
                    out.push(char::from_u32(v + 8).unwrap_or(c));
                }
                0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => out.push(c),
                _ => out.extend(c.to_uppercase()),
            }
            return;
        }
    };
    out.push_str(s);
}

fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let v = c as u32;
    let s: &str = match c {
        'ß' | 'ẞ' => "ss",
        'ς' => "σ",
        'ſ' => "s",
        'µ' => "μ",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        'ϐ' => "β",
        'ϑ' => "θ",
        'ϕ' => "φ",
        'ϖ' => "π",
        'ϰ' => "κ",
        'ϱ' => "ρ",
        'ϵ' => "ε",
        'ẛ' => "ṡ",
        '\u{1FBE}' | '\u{345}' => "ι",
        'ŉ' => "ʼn",
        'İ' => "i\u{307}",
        'և' => "եւ",
        // Old Cyrillic letter variants fold to the ordinary letters.
        '\u{1C80}' => "в",
        '\u{1C81}' => "д",
        '\u{1C82}' => "о",
        '\u{1C83}' => "с",
        '\u{1C84}' | '\u{1C85}' => "т",
        '\u{1C86}' => "ъ",
        '\u{1C87}' => "ѣ",
        '\u{1C88}' => "\u{A64B}",
        _ => {
            match v {
                // Cherokee folds to the uppercase letters.
                0x13A0..=0x13F5 => out.push(c),
                0x13F8..=0x13FD => out.push(char::from_u32(v - 8).unwrap_or(c)),
                0xAB70..=0xABBF => out.push(char::from_u32(v - 0xAB70 + 0x13A0).unwrap_or(c)),
                // A letter whose full uppercase is several characters (ǰ, ΐ, ᾳ, ῼ...) folds
                // to that uppercase lowered, as the full case folding has it.
                _ if c.to_uppercase().nth(1).is_some() => {
                    out.extend(c.to_uppercase().flat_map(char::to_lowercase))
                }
                _ => out.extend(c.to_lowercase()),
            }
            return;
        }
    };
    out.push_str(s);
}

fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    (c.is_alphabetic() && !is_mark(c))
        || matches!(c, '\u{2118}' | '\u{212E}' | '\u{309B}' | '\u{309C}')
}

fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    c.is_alphabetic()
        || is_decimal(c)
        || is_mark(c)
        || matches!(c as u32,
            0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F
            | 0xFF3F | 0x2118 | 0x212E | 0x309B | 0x309C)
}

/// `str.isprintable()` for one character (also what `repr` must escape).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    let v = c as u32;
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(v,
        // Format characters (Cf).
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890 | 0x891 | 0x8E2 | 0x180E | 0x200B..=0x200F
        | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD
        | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
        // Private use (Co).
        | 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD
        // Noncharacters.
        | 0xFDD0..=0xFDEF)
        && (v & 0xFFFE) != 0xFFFE
}

// ----- subscription ----------------------------------------------------------------------------

/// `s[k]` for a str (or str subclass) `s`.
pub fn str_getitem(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<Value> {
    let ps = s.downcast::<PyStr>().expect("str_getitem on a non-str");
    if let Some(sl) = k.downcast::<PySlice>() {
        // A step beyond the machine range behaves like the largest one.
        let clamped;
        let sl = match as_int(&sl.step) {
            Some(IntRef::Big(b)) => {
                let step = if b.sign() == num_bigint::Sign::Minus {
                    -i64::MAX
                } else {
                    i64::MAX
                };
                clamped = PySlice {
                    start: sl.start.clone(),
                    stop: sl.stop.clone(),
                    step: vm.int(step),
                };
                &clamped
            }
            _ => sl,
        };
        let (start, _, step, n) = slice_indices(vm, sl, ps.len)?;
        if n == 0 {
            return Ok(vm.intern(""));
        }
        let ascii = ps.is_ascii();
        let start = start as usize;
        if step == 1 {
            if n == ps.len && is_exact_str(vm, s) {
                return Ok(s.clone());
            }
            let (b0, b1) = if ascii {
                (start, start + n)
            } else {
                (ps.byte_offset(start), ps.byte_offset(start + n))
            };
            return Ok(vm.str(&ps.s[b0..b1]));
        }
        let mut out = String::with_capacity(n);
        if ascii {
            let b = ps.s.as_bytes();
            for i in 0..n {
                out.push(b[(start as isize + i as isize * step) as usize] as char);
            }
        } else {
            let chars: Vec<char> = ps.s.chars().collect();
            for i in 0..n {
                out.push(chars[(start as isize + i as isize * step) as usize]);
            }
        }
        return Ok(vm.str(out));
    }
    let i = match as_int(k) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(_)) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        None => match vm.call_index(k)? {
            Some(r) => vm.index_value(&r)?,
            None => {
                return Err(vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    vm.type_name(k)
                )));
            }
        },
    };
    let len = ps.len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("string index out of range"));
    }
    let j = j as usize;
    if ps.is_ascii() {
        return Ok(vm.char_str(ps.s.as_bytes()[j] as char));
    }
    let c = ps.s[ps.byte_offset(j)..].chars().next().unwrap_or('\0');
    Ok(vm.char_str(c))
}

// ----- codecs ----------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// UTF-16; `None` = with byte-order mark, `Some(true)` = big endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    /// A single-byte code page: the code points of bytes 0x80-0xFF (0 where undefined);
    /// bytes below 0x80 are ASCII.
    Table(&'static [u16; 128]),
}

/// Windows-1252 (Western European), as published by the code page's vendor.
static CP1252: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut i = 0x20;
    while i < 0x80 {
        t[i] = 0x80 + i as u16;
        i += 1;
    }
    let high: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    let mut j = 0;
    while j < 32 {
        t[j] = high[j];
        j += 1;
    }
    t
};

/// ISO-8859-15 (Latin-9): Latin-1 with eight code points replaced (the euro sign among them).
static LATIN9: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut i = 0;
    while i < 0x80 {
        t[i] = 0x80 + i as u16;
        i += 1;
    }
    t[0x24] = 0x20AC;
    t[0x26] = 0x0160;
    t[0x28] = 0x0161;
    t[0x34] = 0x017D;
    t[0x38] = 0x017E;
    t[0x3C] = 0x0152;
    t[0x3D] = 0x0153;
    t[0x3E] = 0x0178;
    t
};

fn lookup_codec(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let n: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "utf-8-sig" | "utf8-sig" => Codec::Utf8Sig,
        "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "latin" | "l1"
        | "iso-ir-100" => Codec::Latin1,
        "utf-16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf-16-le" | "utf-16le" => Codec::Utf16(Some(false)),
        "utf-16-be" | "utf-16be" => Codec::Utf16(Some(true)),
        "utf-32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf-32-le" | "utf-32le" => Codec::Utf32(Some(false)),
        "utf-32-be" | "utf-32be" => Codec::Utf32(Some(true)),
        "cp1252" | "windows-1252" | "1252" => Codec::Table(&CP1252),
        "iso-8859-15" | "iso8859-15" | "latin-9" | "latin9" | "l9" => Codec::Table(&LATIN9),
        _ => return Err(vm.err("LookupError", format!("unknown encoding: {encoding}"))),
    })
}

fn char_escape(c: char) -> String {
    let v = c as u32;
    if v < 0x100 {
        format!("\\x{v:02x}")
    } else if v < 0x10000 {
        format!("\\u{v:04x}")
    } else {
        format!("\\U{v:08x}")
    }
}

/// Encodes `s` with a single-byte code page.
fn encode_table(vm: &Vm, s: &str, table: &[u16; 128], errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let u = c as u32;
        let byte = if u < 0x80 {
            Some(u as u8)
        } else {
            table
                .iter()
                .position(|&t| t != 0 && t as u32 == u)
                .map(|p| (p + 0x80) as u8)
        };
        match (byte, errors) {
            (Some(b), _) => out.push(b),
            (None, "ignore") => {}
            (None, "replace") => out.push(b'?'),
            (None, "xmlcharrefreplace") => out.extend_from_slice(format!("&#{u};").as_bytes()),
            (None, "backslashreplace") => out.extend_from_slice(char_escape(c).as_bytes()),
            (None, "strict" | "surrogateescape" | "surrogatepass") => {
                let object = vm.str(s);
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    "charmap",
                    object,
                    i,
                    i + 1,
                    "character maps to <undefined>",
                ));
            }
            (None, other) => {
                return Err(vm.err(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
    }
    Ok(out)
}

/// Encodes `s` with the named encoding and error handler.
pub fn encode_str(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(vm, encoding)?;
    let (limit, name) = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf8Sig => {
            let mut out = vec![0xEF, 0xBB, 0xBF];
            out.extend_from_slice(s.as_bytes());
            return Ok(out);
        }
        Codec::Utf16(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let be = order == Some(true);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            return Ok(out);
        }
        Codec::Ascii => (0x80u32, "ascii"),
        Codec::Latin1 => (0x100u32, "latin-1"),
        Codec::Table(table) => return encode_table(vm, s, table, errors),
    };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                let object = vm.str(s);
                return Err(unicode_error(
                    vm,
                    "UnicodeEncodeError",
                    name,
                    object,
                    i,
                    end,
                    &format!("ordinal not in range({limit})"),
                ));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            other => {
                return Err(vm.err(
                    "LookupError",
                    format!("unknown error handler name '{other}'"),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// The replacement text for undecodable bytes `bad` under error handler `errors`; `Ok(None)`
/// for "strict".
fn decode_error_text(vm: &Vm, errors: &str, bad: &[u8]) -> PyResult<Option<String>> {
    Ok(Some(match errors {
        "strict" => return Ok(None),
        "ignore" => String::new(),
        "replace" | "surrogateescape" | "surrogatepass" => "\u{FFFD}".into(),
        "backslashreplace" => bad.iter().map(|b| format!("\\x{b:02x}")).collect(),
        other => {
            return Err(vm.err(
                "LookupError",
                format!("unknown error handler name '{other}'"),
            ));
        }
    }))
}

fn decode_error(
    vm: &Vm,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::PyErr {
    let object = vm.bytes(b.to_vec());
    unicode_error(vm, "UnicodeDecodeError", codec, object, start, end, reason)
}

/// A UnicodeEncodeError or UnicodeDecodeError with CPython's five arguments; its attributes and
/// `str()` are derived from them.
pub fn unicode_error(
    vm: &Vm,
    kind: &str,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> crate::vm::PyErr {
    let args = vec![
        vm.str(codec),
        object,
        vm.int(start as i64),
        vm.int(end as i64),
        vm.str(reason),
    ];
    crate::vm::PyErr(vm.new_exception(&vm.exc_type(kind), args))
}

/// The Unicode*Error constructor arguments, `(encoding, object, start, end, reason)` with
/// `encoding` None for UnicodeTranslateError; `None` for other exceptions or other arities.
fn unicode_error_args(vm: &Vm, exc: &Value) -> Option<[Value; 5]> {
    let err = crate::vm::PyErr(exc.clone());
    let translate = vm.exc_matches(&err, "UnicodeTranslateError");
    if !translate
        && !vm.exc_matches(&err, "UnicodeEncodeError")
        && !vm.exc_matches(&err, "UnicodeDecodeError")
    {
        return None;
    }
    let args = exc.downcast::<PyException>()?.args.borrow().clone();
    let items = args.downcast::<PyTuple>()?.0.to_vec();
    match (translate, items.as_slice()) {
        (false, [e, o, s, t, r]) => Some([e, o, s, t, r].map(Clone::clone)),
        (true, [o, s, t, r]) => Some([vm.none.clone(), o.clone(), s.clone(), t.clone(), r.clone()]),
        _ => None,
    }
}

/// `encoding`, `object`, `start`, `end` and `reason` of a Unicode*Error, read from its arguments
/// until assigned.
pub fn unicode_error_attr(vm: &Vm, exc: &Value, name: &str) -> Option<Value> {
    let [encoding, object, start, end, reason] = unicode_error_args(vm, exc)?;
    Some(match name {
        "encoding" => encoding,
        "object" if object.kind() == Some(Kind::ByteArray) => {
            vm.bytes(crate::bytes_methods::data(&object).unwrap_or_default())
        }
        "object" => object,
        "start" => start,
        "end" => end,
        _ => reason,
    })
}

/// `str()` of a Unicode*Error built from its five attributes, as CPython words it.
pub fn unicode_error_str(vm: &mut Vm, exc: &Value) -> PyResult<Option<String>> {
    if unicode_error_args(vm, exc).is_none() {
        return Ok(None);
    }
    let mut get = |n: &str| vm.getattr_str(exc, n);
    let (encoding, object, start, end, reason) = (
        get("encoding")?,
        get("object")?,
        get("start")?,
        get("end")?,
        get("reason")?,
    );
    let (Some(start), Some(end)) = (start.as_small_int(), end.as_small_int()) else {
        return Ok(None);
    };
    let reason = vm.str_string(&reason)?;
    let codec = str_of(&encoding).map(str::to_string);
    let what = if let Some(text) = str_of(&object) {
        let c = usize::try_from(start)
            .ok()
            .and_then(|i| text.chars().nth(i));
        match c {
            Some(c) if end == start + 1 => {
                let u = c as u32;
                let esc = if u <= 0xff {
                    format!("\\x{u:02x}")
                } else if u <= 0xffff {
                    format!("\\u{u:04x}")
                } else {
                    format!("\\U{u:08x}")
                };
                format!("character '{esc}' in position {start}")
            }
            _ => format!("characters in position {start}-{}", end - 1),
        }
    } else {
        let b = crate::bytes_methods::data(&object).unwrap_or_default();
        match usize::try_from(start).ok().and_then(|i| b.get(i)) {
            Some(byte) if end == start + 1 => format!("byte 0x{byte:02x} in position {start}"),
            _ => format!("bytes in position {start}-{}", end - 1),
        }
    };
    Ok(Some(match codec {
        Some(c) if str_of(&object).is_some() => {
            format!("'{c}' codec can't encode {what}: {reason}")
        }
        Some(c) => format!("'{c}' codec can't decode {what}: {reason}"),
        None => format!("can't translate {what}: {reason}"),
    }))
}

/// Decodes `b` with the named encoding and error handler.
pub fn decode_bytes(vm: &Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup_codec(vm, encoding)?;
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut b = b;
            let mut base = 0;
            if codec == Codec::Utf8Sig && b.starts_with(&[0xEF, 0xBB, 0xBF]) {
                b = &b[3..];
                base = 3;
            }
            if let Ok(s) = std::str::from_utf8(b) {
                return Ok(s.to_string());
            }
            let mut out = String::with_capacity(b.len());
            let mut pos = 0;
            while pos < b.len() {
                match std::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let st = pos + good;
                        let (en, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let first = b[st];
                                let reason = if (0x80..0xC2).contains(&first) || first >= 0xF5 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (st + n, reason)
                            }
                        };
                        match decode_error_text(vm, errors, &b[st..en])? {
                            Some(t) => out.push_str(&t),
                            None => {
                                let full: Vec<u8> = if base > 0 {
                                    [&[0xEF, 0xBB, 0xBF], b].concat()
                                } else {
                                    b.to_vec()
                                };
                                return Err(decode_error(
                                    vm,
                                    "utf-8",
                                    &full,
                                    st + base,
                                    en + base,
                                    reason,
                                ));
                            }
                        }
                        pos = en;
                    }
                }
            }
            Ok(out)
        }
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(b.iter().map(|&c| c as char).collect());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match decode_error_text(vm, errors, &b[i..i + 1])? {
                        Some(t) => out.push_str(&t),
                        None => {
                            return Err(decode_error(
                                vm,
                                "ascii",
                                b,
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ));
                        }
                    }
                }
            }
            Ok(out)
        }
        Codec::Latin1 => Ok(b.iter().map(|&c| c as char).collect()),
        Codec::Table(table) => {
            let mut out = String::with_capacity(b.len());
            for (i, &byte) in b.iter().enumerate() {
                let cp = if byte < 0x80 {
                    byte as u32
                } else {
                    table[byte as usize - 0x80] as u32
                };
                match char::from_u32(cp).filter(|_| cp != 0 || byte == 0) {
                    Some(c) => out.push(c),
                    None => match decode_error_text(vm, errors, &b[i..i + 1])? {
                        Some(t) => out.push_str(&t),
                        None => {
                            return Err(decode_error(
                                vm,
                                "charmap",
                                b,
                                i,
                                i + 1,
                                "character maps to <undefined>",
                            ));
                        }
                    },
                }
            }
            Ok(out)
        }
        Codec::Utf16(order) => {
            let (mut be, mut data, mut base) = (order == Some(true), b, 0);
            if order.is_none() {
                if data.starts_with(&[0xFF, 0xFE]) {
                    data = &data[2..];
                    base = 2;
                } else if data.starts_with(&[0xFE, 0xFF]) {
                    data = &data[2..];
                    base = 2;
                    be = true;
                }
            }
            let name = if be { "utf-16-be" } else { "utf-16-le" };
            let units: Vec<u16> = data
                .chunks_exact(2)
                .map(|p| {
                    if be {
                        u16::from_be_bytes([p[0], p[1]])
                    } else {
                        u16::from_le_bytes([p[0], p[1]])
                    }
                })
                .collect();
            let mut out = String::with_capacity(units.len());
            for (k, r) in char::decode_utf16(units.iter().copied()).enumerate() {
                match r {
                    Ok(c) => out.push(c),
                    Err(_) => {
                        let _ = k;
                        match decode_error_text(vm, errors, &[])? {
                            Some(t) => out.push_str(&t),
                            None => return Err(vm.err(
                                "UnicodeDecodeError",
                                format!(
                                    "'{name}' codec can't decode bytes: illegal UTF-16 surrogate"
                                ),
                            )),
                        }
                    }
                }
            }
            if data.len() % 2 == 1 {
                let st = base + data.len() - 1;
                match decode_error_text(vm, errors, &b[st..])? {
                    Some(t) => out.push_str(&t),
                    None => return Err(decode_error(vm, name, b, st, st + 1, "truncated data")),
                }
            }
            Ok(out)
        }
        Codec::Utf32(order) => {
            let (mut be, mut data, mut base) = (order == Some(true), b, 0);
            if order.is_none() {
                if data.starts_with(&[0xFF, 0xFE, 0, 0]) {
                    data = &data[4..];
                    base = 4;
                } else if data.starts_with(&[0, 0, 0xFE, 0xFF]) {
                    data = &data[4..];
                    base = 4;
                    be = true;
                }
            }
            let name = if be { "utf-32-be" } else { "utf-32-le" };
            let mut out = String::with_capacity(data.len() / 4);
            for (k, p) in data.chunks_exact(4).enumerate() {
                let u = if be {
                    u32::from_be_bytes([p[0], p[1], p[2], p[3]])
                } else {
                    u32::from_le_bytes([p[0], p[1], p[2], p[3]])
                };
                match char::from_u32(u) {
                    Some(c) => out.push(c),
                    None => match decode_error_text(vm, errors, p)? {
                        Some(t) => out.push_str(&t),
                        None => {
                            let st = base + k * 4;
                            return Err(decode_error(
                                vm,
                                name,
                                b,
                                st,
                                st + 4,
                                "code point not in range(0x110000)",
                            ));
                        }
                    },
                }
            }
            if data.len() % 4 != 0 {
                let st = base + data.len() / 4 * 4;
                match decode_error_text(vm, errors, &b[st..])? {
                    Some(t) => out.push_str(&t),
                    None => return Err(decode_error(vm, name, b, st, b.len(), "truncated data")),
                }
            }
            Ok(out)
        }
    }
}

// ----- constructor -----------------------------------------------------------------------------

/// `str(object='')`, `str(object, encoding='utf-8', errors='strict')`; `args[0]` is the class.
pub fn str_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kwnames);
    let Some(cls) = pos.first() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    if cls.kind() != Some(Kind::Type) {
        return Err(vm.type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    if !is_subtype(cls, &vm.t.str) {
        let n = cls.downcast::<PyType>().unwrap().name.borrow().clone();
        return Err(vm.type_error(format!("str.__new__({n}): {n} is not a subtype of str")));
    }
    let vals = bind_kw(
        vm,
        "str",
        &pos[1..],
        &kws,
        &["object", "encoding", "errors"],
    )?;
    for (i, which) in [(1, "encoding"), (2, "errors")] {
        if let Some(v) = vals[i]
            && str_of(v).is_none()
        {
            return Err(vm.type_error(format!(
                "str() argument '{which}' must be str, not {}",
                vm.type_name(v)
            )));
        }
    }
    let text = match (vals[0], vals[1], vals[2]) {
        (None, _, _) => vm.intern(""),
        (Some(o), None, None) => vm.to_str(o)?,
        (Some(o), enc, errs) => {
            let enc = enc.and_then(str_of).unwrap_or("utf-8");
            let errs = errs.and_then(str_of).unwrap_or("strict");
            let decoded = if let Some(b) = o.downcast::<PyBytes>() {
                decode_bytes(vm, &b.b, enc, errs)?
            } else if let Some(b) = o.downcast::<PyByteArray>() {
                let data = b.0.borrow().clone();
                decode_bytes(vm, &data, enc, errs)?
            } else if o.kind() == Some(Kind::Str) {
                return Err(vm.type_error("decoding str is not supported"));
            } else {
                return Err(vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(o)
                )));
            };
            vm.str(decoded)
        }
    };
    if cls.is(&vm.t.str) {
        return Ok(text);
    }
    let ps = text.downcast::<PyStr>().expect("str");
    let payload = PyStr::new(ps.s.clone());
    Ok(Value::new_object(cls, payload))
}

// ----- searching -------------------------------------------------------------------------------

/// The shared part of find/rfind/index/rindex: the match position in code points.
fn find_common(
    vm: &mut Vm,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let (s, a) = method_args(vm, name, args, kwnames, 1, 3, Style::Tuple)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let sub = str_arg(vm, &a[0])?;
    let (st, en) = adjust_indices(start, end, s.len);
    if st > en {
        return Ok(None);
    }
    let ascii = s.is_ascii();
    let (hay, base) = sub_range(s, st, en);
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|b| base + cp_len(&hay[..b], ascii)))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = find_common(vm, args, kw, "find", false)?;
    Ok(vm.int(r.map_or(-1, |i| i as i64)))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = find_common(vm, args, kw, "rfind", true)?;
    Ok(vm.int(r.map_or(-1, |i| i as i64)))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, kw, "index", false)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_common(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(vm.int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "count", args, kw, 1, 3, Style::Tuple)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let sub = str_arg(vm, &a[0])?;
    let (st, en) = adjust_indices(start, end, s.len);
    if st > en {
        return Ok(vm.int(0));
    }
    let (hay, _) = sub_range(s, st, en);
    let n = if sub.is_empty() {
        cp_len(hay, s.is_ascii()) + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(vm.int(n as i64))
}

fn starts_ends(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    ends: bool,
) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, args, kw, 1, 3, Style::Tuple)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let (st, en) = adjust_indices(start, end, s.len);
    let hay = if st > en {
        None
    } else {
        Some(sub_range(s, st, en).0)
    };
    let test = |p: &str| match hay {
        None => false,
        Some(h) => {
            if ends {
                h.ends_with(p)
            } else {
                h.starts_with(p)
            }
        }
    };
    if let Some(t) = a[0].downcast::<PyTuple>() {
        for item in t.0.iter() {
            match str_of(item) {
                Some(p) => {
                    if test(p) {
                        return Ok(vm.true_.clone());
                    }
                }
                None => {
                    return Err(vm.type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        vm.type_name(item)
                    )));
                }
            }
        }
        return Ok(vm.false_.clone());
    }
    match str_of(&a[0]) {
        Some(p) => Ok(vm.bool(test(p))),
        None => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    starts_ends(vm, args, kw, "endswith", true)
}

// ----- splitting and joining -------------------------------------------------------------------

fn split_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &'a [Value],
) -> PyResult<(&'a PyStr, Option<&'a str>, i64)> {
    let (s, v) = kw_method_args(vm, name, args, kw, &["sep", "maxsplit"])?;
    let sep = match v[0] {
        None => None,
        Some(x) if x.is(&vm.none) => None,
        Some(x) => match str_of(x) {
            Some(t) => Some(t),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(x))));
            }
        },
    };
    let maxsplit = match v[1] {
        None => -1,
        Some(x) => ssize_arg(vm, x)?,
    };
    if sep == Some("") {
        return Err(vm.value_error("empty separator"));
    }
    Ok((s, sep, maxsplit))
}

fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(py_isspace);
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(py_isspace);
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.char_indices().rev().find(|&(_, c)| py_isspace(c)) {
            Some((i, c)) => {
                out.push(&rest[i + c.len_utf8()..]);
                rest = &rest[..i];
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

fn str_list(vm: &Vm, parts: &[&str]) -> Value {
    let items = parts.iter().map(|p| vm.str(*p)).collect();
    vm.list(items)
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, "split", args, kw)?;
    let parts: Vec<&str> = match sep {
        None => split_whitespace(&s.s, maxsplit),
        Some(sep) => {
            if maxsplit < 0 {
                s.s.split(sep).collect()
            } else {
                let n = (maxsplit as u64).min(s.s.len() as u64 + 1) as usize + 1;
                s.s.splitn(n, sep).collect()
            }
        }
    };
    Ok(str_list(vm, &parts))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, "rsplit", args, kw)?;
    let parts: Vec<&str> = match sep {
        None => rsplit_whitespace(&s.s, maxsplit),
        Some(sep) => {
            let mut v: Vec<&str> = if maxsplit < 0 {
                s.s.rsplit(sep).collect()
            } else {
                let n = (maxsplit as u64).min(s.s.len() as u64 + 1) as usize + 1;
                s.s.rsplitn(n, sep).collect()
            };
            v.reverse();
            v
        }
    };
    Ok(str_list(vm, &parts))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, v) = kw_method_args(vm, "splitlines", args, kw, &["keepends"])?;
    let keep = match v[0] {
        None => false,
        Some(x) => vm.truthy(x)?,
    };
    let text: &str = &s.s;
    let mut parts = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && it.peek().is_some_and(|&(_, d)| d == '\n') {
            it.next();
            next += 1;
        }
        parts.push(&text[start..if keep { next } else { i }]);
        start = next;
    }
    if start < text.len() {
        parts.push(&text[start..]);
    }
    Ok(str_list(vm, &parts))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "join", args, kw, 1, 1, Style::One)?;
    let seq = &a[0];
    let items: Vec<Value> = if let Some(l) = seq.downcast::<PyList>() {
        l.0.borrow().clone()
    } else if let Some(t) = seq.downcast::<PyTuple>() {
        t.0.to_vec()
    } else {
        let it = match vm.iter(seq) {
            Ok(it) => it,
            Err(e) if vm.exc_matches(&e, "TypeError") => {
                return Err(vm.type_error("can only join an iterable"));
            }
            Err(e) => return Err(e),
        };
        let mut v = Vec::new();
        while let Some(x) = vm.next(&it)? {
            v.push(x);
        }
        v
    };
    let mut total = 0;
    for (i, it) in items.iter().enumerate() {
        match it.downcast::<PyStr>() {
            Some(p) => total += p.s.len(),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )));
            }
        }
    }
    if items.len() == 1 && is_exact_str(vm, &items[0]) {
        return Ok(items[0].clone());
    }
    let sep: &str = &s.s;
    let mut out = String::with_capacity(total + sep.len() * items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(str_of(it).unwrap_or(""));
    }
    Ok(vm.str(out))
}

fn partition_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, args, kw, 1, 1, Style::One)?;
    let sep = str_arg(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text: &str = &s.s;
    let found = if rev { text.rfind(sep) } else { text.find(sep) };
    let items = match found {
        Some(i) => vec![
            vm.str(&text[..i]),
            a[0].clone(),
            vm.str(&text[i + sep.len()..]),
        ],
        None => {
            // Like CPython, the receiver itself (even of a subclass) is returned.
            let me = args[0].clone();
            let e = vm.intern("");
            if rev {
                vec![e.clone(), e, me]
            } else {
                vec![me, e.clone(), e]
            }
        }
    };
    Ok(vm.tuple(items))
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(vm, args, kw, "rpartition", true)
}

// ----- stripping, replacing, padding -----------------------------------------------------------

fn strip_common(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let (s, a) = method_args(vm, name, args, kw, 0, 1, Style::Clinic)?;
    let chars: Option<Vec<char>> = match a.first() {
        None => None,
        Some(x) if x.is(&vm.none) => None,
        Some(x) => match str_of(x) {
            Some(t) => Some(t.chars().collect()),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let mut t: &str = &s.s;
    match &chars {
        None => {
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
        }
        Some(set) => {
            let f = |c: char| set.contains(&c);
            if left {
                t = t.trim_start_matches(f);
            }
            if right {
                t = t.trim_end_matches(f);
            }
        }
    }
    if t.len() == s.s.len() {
        return Ok(ret_self(vm, &args[0]));
    }
    Ok(vm.str(t))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(vm, args, kw, "rstrip", false, true)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "replace", args, kw, 2, 3, Style::Clinic)?;
    let old = clinic_str(vm, &a[0], "replace", "1")?;
    let new = clinic_str(vm, &a[1], "replace", "2")?;
    let count = match a.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.s.contains(old)) {
        return Ok(ret_self(vm, &args[0]));
    }
    let out = if count < 0 {
        s.s.replace(old, new)
    } else {
        s.s.replacen(old, new, count as usize)
    };
    Ok(vm.str(out))
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "removeprefix", args, kw, 1, 1, Style::One)?;
    let p = str_of(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    match s.s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(vm.str(r)),
        _ => Ok(ret_self(vm, &args[0])),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "removesuffix", args, kw, 1, 1, Style::One)?;
    let p = str_of(&a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    match s.s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(vm.str(r)),
        _ => Ok(ret_self(vm, &args[0])),
    }
}

/// Width and fill character of center/ljust/rjust.
fn pad_args<'a>(
    vm: &mut Vm,
    name: &str,
    args: &'a [Value],
    kw: &[Value],
) -> PyResult<(&'a PyStr, usize, char)> {
    let (s, a) = method_args(vm, name, args, kw, 1, 2, Style::Clinic)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(f) => match str_of(f) {
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                )));
            }
            Some(t) => {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        );
                    }
                }
            }
        },
    };
    Ok((s, width.max(0) as usize, fill))
}

fn repeat_char(c: char, n: usize, out: &mut String) {
    out.extend(std::iter::repeat_n(c, n));
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "center", args, kw)?;
    if s.len >= width {
        return Ok(ret_self(vm, &args[0]));
    }
    let marg = width - s.len;
    let left = marg / 2 + (marg & width & 1);
    let mut out = String::with_capacity(s.s.len() + marg * fill.len_utf8());
    repeat_char(fill, left, &mut out);
    out.push_str(&s.s);
    repeat_char(fill, marg - left, &mut out);
    Ok(vm.str(out))
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "ljust", args, kw)?;
    if s.len >= width {
        return Ok(ret_self(vm, &args[0]));
    }
    let mut out = String::with_capacity(s.s.len() + (width - s.len) * fill.len_utf8());
    out.push_str(&s.s);
    repeat_char(fill, width - s.len, &mut out);
    Ok(vm.str(out))
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, width, fill) = pad_args(vm, "rjust", args, kw)?;
    if s.len >= width {
        return Ok(ret_self(vm, &args[0]));
    }
    let mut out = String::with_capacity(s.s.len() + (width - s.len) * fill.len_utf8());
    repeat_char(fill, width - s.len, &mut out);
    out.push_str(&s.s);
    Ok(vm.str(out))
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "zfill", args, kw, 1, 1, Style::One)?;
    let width = ssize_arg(vm, &a[0])?.max(0) as usize;
    if s.len >= width {
        return Ok(ret_self(vm, &args[0]));
    }
    let fill = width - s.len;
    let text: &str = &s.s;
    let mut out = String::with_capacity(text.len() + fill);
    let rest = match text.as_bytes().first() {
        Some(b'+') | Some(b'-') => {
            out.push_str(&text[..1]);
            &text[1..]
        }
        _ => text,
    };
    repeat_char('0', fill, &mut out);
    out.push_str(rest);
    Ok(vm.str(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, v) = kw_method_args(vm, "expandtabs", args, kw, &["tabsize"])?;
    let tabsize = match v[0] {
        None => 8,
        Some(x) => ssize_arg(vm, x)?,
    };
    if !s.s.contains('\t') {
        return Ok(ret_self(vm, &args[0]));
    }
    let mut out = String::with_capacity(s.s.len());
    let mut col: i64 = 0;
    for c in s.s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                repeat_char(' ', n as usize, &mut out);
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(vm.str(out))
}

// ----- case mapping ----------------------------------------------------------------------------

fn str_upper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "upper", args, kw, 0, 0, Style::NoArgs)?;
    let out = if s.is_ascii() {
        s.s.to_ascii_uppercase()
    } else {
        s.s.to_uppercase()
    };
    Ok(vm.str(out))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "lower", args, kw, 0, 0, Style::NoArgs)?;
    let out = if s.is_ascii() {
        s.s.to_ascii_lowercase()
    } else {
        s.s.to_lowercase()
    };
    Ok(vm.str(out))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "casefold", args, kw, 0, 0, Style::NoArgs)?;
    if s.is_ascii() {
        return Ok(vm.str(s.s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        push_casefold(c, &mut out);
    }
    Ok(vm.str(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "swapcase", args, kw, 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&chars, i, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(vm.str(out))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "capitalize", args, kw, 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower(&chars, i, &mut out);
        }
    }
    Ok(vm.str(out))
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "title", args, kw, 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(vm.str(out))
}

// ----- predicates ------------------------------------------------------------------------------

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &[Value],
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let (s, _) = method_args(vm, name, args, kw, 0, 0, Style::NoArgs)?;
    Ok(vm.bool(!s.s.is_empty() && s.s.chars().all(f)))
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", is_digit)
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isdecimal", is_decimal)
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isnumeric", is_numeric)
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", is_alpha)
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", is_alnum)
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", py_isspace)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "isascii", args, kw, 0, 0, Style::NoArgs)?;
    Ok(vm.bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "isprintable", args, kw, 0, 0, Style::NoArgs)?;
    Ok(vm.bool(s.s.chars().all(is_printable)))
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "isidentifier", args, kw, 0, 0, Style::NoArgs)?;
    let mut cs = s.s.chars();
    let ok = match cs.next() {
        None => false,
        Some(c) => is_id_start(c) && cs.all(is_id_continue),
    };
    Ok(vm.bool(ok))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "isupper", args, kw, 0, 0, Style::NoArgs)?;
    let mut cased = false;
    for c in s.s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return Ok(vm.false_.clone());
        }
        if is_upper(c) {
            cased = true;
        }
    }
    Ok(vm.bool(cased))
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "islower", args, kw, 0, 0, Style::NoArgs)?;
    let mut cased = false;
    for c in s.s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return Ok(vm.false_.clone());
        }
        if is_lower(c) {
            cased = true;
        }
    }
    Ok(vm.bool(cased))
}

/// `istitle`'s rule over characters classified as (upper or titlecase, lower): every cased run
/// starts with an upper case character and continues lower case, and one cased exists.
pub fn title_shaped(classes: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for (upper, lower) in classes {
        if upper {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if lower {
            if !prev_cased {
                return false;
            }
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, _) = method_args(vm, "istitle", args, kw, 0, 0, Style::NoArgs)?;
    let r = title_shaped(
        s.s.chars()
            .map(|c| (is_upper(c) || is_titlecase(c), is_lower(c))),
    );
    Ok(vm.bool(r))
}

// ----- encoding, translation -------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, v) = kw_method_args(vm, "encode", args, kw, &["encoding", "errors"])?;
    let mut opts = ["utf-8", "strict"];
    for (i, which) in ["encoding", "errors"].iter().enumerate() {
        if let Some(x) = v[i] {
            match str_of(x) {
                Some(t) => opts[i] = t,
                None => {
                    return Err(vm.type_error(format!(
                        "encode() argument '{which}' must be str, not {}",
                        vm.type_name(x)
                    )));
                }
            }
        }
    }
    let b = encode_str(vm, &s.s, opts[0], opts[1])?;
    Ok(vm.bytes(b))
}

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let n = args.len();
    if n == 0 {
        return Err(vm.type_error("maketrans expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")));
    }
    for (i, a) in args.iter().enumerate().skip(1) {
        if str_of(a).is_none() {
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                vm.type_name(a)
            )));
        }
    }
    let out = vm.dict();
    if n == 1 {
        let Some(d) = args[0].downcast::<PyDict>() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items: Vec<(Value, Value)> = d.items();
        for (k, v) in items {
            let key = if let Some(t) = str_of(&k) {
                let mut cs = t.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => vm.int(c as i64),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                }
            } else if as_int(&k).is_some() {
                k
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set(&out, key, v)?;
        }
        return Ok(out);
    }
    let Some(x) = str_of(&args[0]) else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let y = str_of(&args[1]).unwrap_or("");
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        let (k, v) = (vm.int(a as i64), vm.int(b as i64));
        vm.dict_set(&out, k, v)?;
    }
    if let Some(z) = args.get(2).and_then(str_of) {
        for c in z.chars() {
            let k = vm.int(c as i64);
            let none = vm.none.clone();
            vm.dict_set(&out, k, none)?;
        }
    }
    Ok(out)
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "translate", args, kw, 1, 1, Style::One)?;
    let table = &a[0];
    let exact_dict =
        table.kind() == Some(Kind::Dict) && table.header_type().is_some_and(|t| t.is(&vm.t.dict));
    let mut cache: HashMap<char, Option<String>> = HashMap::new();
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(t) = r {
                out.push_str(t);
            }
            continue;
        }
        let key = vm.int(c as i64);
        let found = if exact_dict {
            vm.dict_get(table, &key)?
        } else {
            match vm.getitem(table, &key) {
                Ok(v) => Some(v),
                Err(e) if vm.exc_matches(&e, "LookupError") => None,
                Err(e) => return Err(e),
            }
        };
        let rep: Option<String> = match found {
            None => Some(c.to_string()),
            Some(v) if v.is(&vm.none) => None,
            Some(v) => {
                if let Some(t) = str_of(&v) {
                    Some(t.to_string())
                } else if let Some(i) = as_int(&v) {
                    let i = match i {
                        IntRef::Small(i) => i,
                        IntRef::Big(_) => -1,
                    };
                    if !(0..0x110000).contains(&i) {
                        return Err(vm.value_error("character mapping must be in range(0x110000)"));
                    }
                    Some(char::from_u32(i as u32).unwrap_or('\u{FFFD}').to_string())
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        };
        if let Some(t) = &rep {
            out.push_str(t);
        }
        cache.insert(c, rep);
    }
    Ok(vm.str(out))
}

// ----- str.format ------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum AutoNumber {
    Unset,
    Auto,
    Manual,
}

/// Where named fields are looked up.
enum Named<'a> {
    Kw(&'a [(&'a str, &'a Value)]),
    Map(&'a Value),
}

/// One replacement field: `{name!conv:spec}`.
struct Field<'s> {
    name: &'s str,
    conv: Option<char>,
    spec: &'s str,
    /// The spec contains nested fields.
    expand: bool,
}

struct Formatter<'a> {
    /// Positional arguments (`None` for `format_map`).
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: AutoNumber,
    next: usize,
}

/// Parses a decimal field index; `Ok(None)` when `s` is not all digits.
fn field_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let Some(d) = decimal_value(c) else {
            return Ok(None);
        };
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// Parses the field after its opening brace; `*i` ends after the closing brace.
fn parse_field<'s>(vm: &Vm, s: &'s str, i: &mut usize) -> PyResult<Field<'s>> {
    let b = s.as_bytes();
    let name_start = *i;
    let mut c = 0u8;
    let mut terminated = false;
    while *i < b.len() {
        c = b[*i];
        *i += 1;
        match c {
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b'[' => {
                while *i < b.len() && b[*i] != b']' {
                    *i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                terminated = true;
                break;
            }
            _ => {}
        }
    }
    if !terminated {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = &s[name_start..*i - 1];
    if c == b'}' {
        return Ok(Field {
            name,
            conv: None,
            spec: "",
            expand: false,
        });
    }
    let mut conv = None;
    if c == b'!' {
        let Some(ch) = s[*i..].chars().next() else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        *i += ch.len_utf8();
        conv = Some(ch);
        if *i < b.len() {
            let c2 = b[*i];
            *i += 1;
            if c2 == b'}' {
                return Ok(Field {
                    name,
                    conv,
                    spec: "",
                    expand: false,
                });
            }
            if c2 != b':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut depth = 1;
    let mut expand = false;
    while *i < b.len() {
        let c3 = b[*i];
        *i += 1;
        if c3 == b'{' {
            expand = true;
            depth += 1;
        } else if c3 == b'}' {
            depth -= 1;
            if depth == 0 {
                return Ok(Field {
                    name,
                    conv,
                    spec: &s[spec_start..*i - 1],
                    expand,
                });
            }
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

impl Formatter<'_> {
    fn build(&mut self, vm: &mut Vm, s: &str, depth: u32, out: &mut String) -> PyResult<()> {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let start = i;
            let mut c = 0u8;
            let mut markup = false;
            while i < b.len() {
                c = b[i];
                i += 1;
                if c == b'{' || c == b'}' {
                    markup = true;
                    break;
                }
            }
            if !markup {
                out.push_str(&s[start..i]);
                break;
            }
            let at_end = i >= b.len();
            if c == b'}' && (at_end || b[i] != b'}') {
                return Err(vm.value_error("Single '}' encountered in format string"));
            }
            if c == b'{' && at_end {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if b[i] == c {
                // An escaped brace: keep one.
                out.push_str(&s[start..i]);
                i += 1;
                continue;
            }
            out.push_str(&s[start..i - 1]);
            let field = parse_field(vm, s, &mut i)?;
            self.render(vm, &field, depth, out)?;
        }
        Ok(())
    }

    fn render(&mut self, vm: &mut Vm, f: &Field<'_>, depth: u32, out: &mut String) -> PyResult<()> {
        let obj = self.get_field(vm, f.name)?;
        let obj = match f.conv {
            None => obj,
            Some('r') => vm.repr(&obj)?,
            Some('s') => vm.to_str(&obj)?,
            Some('a') => {
                let r = vm.repr_string(&obj)?;
                vm.str(crate::builtins::ascii_escape(&r))
            }
            Some(c) => {
                let msg = if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                };
                return Err(vm.value_error(msg));
            }
        };
        let spec_buf;
        let spec: &str = if f.expand {
            let mut t = String::new();
            self.build(vm, f.spec, depth - 1, &mut t)?;
            spec_buf = t;
            &spec_buf
        } else {
            f.spec
        };
        if spec.is_empty() && is_exact_str(vm, &obj) {
            out.push_str(str_of(&obj).unwrap_or(""));
            return Ok(());
        }
        let r = vm.format(&obj, spec)?;
        out.push_str(&r);
        Ok(())
    }

    fn get_field(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let nb = name.as_bytes();
        let mut j = 0;
        while j < nb.len() && nb[j] != b'.' && nb[j] != b'[' {
            j += 1;
        }
        let (first, rest) = (&name[..j], &name[j..]);
        let idx = field_integer(vm, first)?;
        let empty = first.is_empty();
        if empty || idx.is_some() {
            if self.auto == AutoNumber::Unset {
                self.auto = if empty {
                    AutoNumber::Auto
                } else {
                    AutoNumber::Manual
                };
            }
            if self.auto == AutoNumber::Manual && empty {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            if self.auto == AutoNumber::Auto && !empty {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
        }
        let idx = if empty {
            self.next += 1;
            Some(self.next - 1)
        } else {
            idx
        };
        let mut obj = match idx {
            Some(n) => match self.args {
                None => return Err(vm.value_error("Format string contains positional fields")),
                Some(a) => match a.get(n) {
                    Some(v) => v.clone(),
                    None => {
                        return Err(vm.index_error(format!(
                            "Replacement index {n} out of range for positional args tuple"
                        )));
                    }
                },
            },
            None => match &self.named {
                Named::Kw(kws) => match kws.iter().find(|(k, _)| *k == first) {
                    Some((_, v)) => (*v).clone(),
                    None => return Err(vm.key_error(vm.str(first))),
                },
                Named::Map(m) => {
                    let key = vm.str(first);
                    vm.getitem(m, &key)?
                }
            },
        };
        let rb = rest.as_bytes();
        let mut k = 0;
        while k < rb.len() {
            let c = rb[k];
            k += 1;
            match c {
                b'.' => {
                    let st = k;
                    while k < rb.len() && rb[k] != b'.' && rb[k] != b'[' {
                        k += 1;
                    }
                    let attr = &rest[st..k];
                    if attr.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let n = vm.str(attr);
                    obj = vm.getattr(&obj, &n)?;
                }
                b'[' => {
                    let st = k;
                    while k < rb.len() && rb[k] != b']' {
                        k += 1;
                    }
                    if k >= rb.len() {
                        return Err(vm.value_error("Missing ']' in format string"));
                    }
                    let key = &rest[st..k];
                    k += 1;
                    let ki = field_integer(vm, key)?;
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let kv = match ki {
                        Some(n) => vm.int(n as i64),
                        None => vm.str(key),
                    };
                    obj = vm.getitem(&obj, &kv)?;
                }
                _ => {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
        }
        Ok(obj)
    }
}

fn str_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = recv(vm, args, "format")?;
    let (pos, kws) = split_kw(args, kw);
    let mut f = Formatter {
        args: Some(&pos[1..]),
        named: Named::Kw(&kws),
        auto: AutoNumber::Unset,
        next: 0,
    };
    let mut out = String::with_capacity(s.s.len() + 16);
    f.build(vm, &s.s, 2, &mut out)?;
    Ok(vm.str(out))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "format_map", args, kw, 1, 1, Style::One)?;
    let mut f = Formatter {
        args: None,
        named: Named::Map(&a[0]),
        auto: AutoNumber::Unset,
        next: 0,
    };
    let mut out = String::with_capacity(s.s.len() + 16);
    f.build(vm, &s.s, 2, &mut out)?;
    Ok(vm.str(out))
}

fn str_dunder_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, a) = method_args(vm, "__format__", args, kw, 1, 1, Style::One)?;
    let Some(spec) = str_of(&a[0]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    if spec.is_empty() {
        return Ok(ret_self(vm, &args[0]));
    }
    let plain = if is_exact_str(vm, &args[0]) {
        args[0].clone()
    } else {
        vm.str(&*s.s)
    };
    let r = vm.format(&plain, spec)?;
    Ok(vm.str(r))
}

fn str_new_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    str_new(vm, args, kw)
}

// ----- installation ----------------------------------------------------------------------------

pub fn install(vm: &mut Vm) {
    let t = vm.t.str.clone();
    t.downcast::<PyType>().unwrap().new.set(Some(str_new));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__new__", str_new_method),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("__format__", str_dunder_format),
        ("translate", str_translate),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
    ];
    for (n, f) in methods {
        add_method(vm, &t, n, *f);
    }
    // `maketrans` is a static method: called on the class or an instance, it receives only
    // the user's arguments.
    let f = vm.builtin_fn("maketrans", str_maketrans);
    let w = Value::new_object(
        &vm.t.staticmethod,
        PyWrapper {
            kind: WrapperKind::StaticMethod,
            func: f,
            dict: Default::default(),
        },
    );
    let d = t.downcast::<PyType>().unwrap().dict.clone();
    vm.dict_set_str(&d, "maketrans", w);
}
