//! Methods of `bytes` and `bytearray`.
//!
//! Most are the `str` method of the same name applied through latin-1, which maps each byte
//! to the code point of the same value and back, so searching, splitting on a separator,
//! joining, replacing and padding give exactly the bytes results. Methods whose meaning
//! differs for bytes (ASCII-only whitespace, case and character classes) are written here.

use crate::builtins::add_method;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

const ASCII_WS: &[u8] = b" \t\n\r\x0b\x0c";

/// The bytes of a bytes-like value.
/// The bytes of a bytes or bytearray value.
pub(crate) fn data(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<PyBytes>() {
        return Some(b.b.to_vec());
    }
    v.downcast::<PyByteArray>().map(|b| b.0.borrow().clone())
}

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// A result of the receiver's kind (bytearray methods return bytearrays).
fn same_kind(vm: &Vm, receiver: &Value, b: Vec<u8>) -> Value {
    if receiver.kind() == Some(Kind::ByteArray) {
        Value::new_object(&vm.t.bytearray, PyByteArray(std::cell::RefCell::new(b)))
    } else {
        vm.bytes(b)
    }
}

/// Converts an argument for the str method: bytes-likes to latin-1 strs; an int byte value
/// (accepted by count/find/index) to a one-character str.
fn to_str_arg(vm: &mut Vm, v: &Value, int_as_byte: bool) -> PyResult<Value> {
    if let Some(b) = data(v) {
        return Ok(vm.str(latin1(&b)));
    }
    if let Some(t) = v.downcast::<PyTuple>() {
        let items = t.0.to_vec();
        let mut out = Vec::with_capacity(items.len());
        for i in &items {
            out.push(to_str_arg(vm, i, false)?);
        }
        return Ok(vm.tuple(out));
    }
    if int_as_byte && let Some(i) = v.as_small_int() {
        if !(0..256).contains(&i) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vm.str(((i as u8) as char).to_string()));
    }
    if v.kind() == Some(Kind::Str) {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        )));
    }
    Ok(v.clone())
}

/// Converts a str-method result back: strs to bytes of the receiver's kind, recursively
/// inside lists and tuples.
fn from_str_result(vm: &mut Vm, receiver: &Value, r: Value) -> Value {
    if let Some(s) = r.downcast::<PyStr>() {
        let b = unlatin1(s.as_str());
        return same_kind(vm, receiver, b);
    }
    if let Some(l) = r.downcast::<PyList>() {
        let items = l.0.borrow().clone();
        let out = items
            .into_iter()
            .map(|x| from_str_result(vm, receiver, x))
            .collect();
        return vm.list(out);
    }
    if let Some(t) = r.downcast::<PyTuple>() {
        let items = t.0.to_vec();
        let out = items
            .into_iter()
            .map(|x| from_str_result(vm, receiver, x))
            .collect();
        return vm.tuple(out);
    }
    r
}

/// Calls `str.<name>` on the latin-1 view of the receiver and arguments.
fn via_str(vm: &mut Vm, name: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let receiver = a[0].clone();
    let me = vm.str(latin1(&data(&receiver).unwrap_or_default()));
    let searching = matches!(name, "count" | "find" | "rfind" | "index" | "rindex");
    let mut args = vec![me];
    for (i, x) in a[1..].iter().enumerate() {
        if searching && i == 0 && data(x).is_none() && x.as_small_int().is_none() {
            return Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(x)
            )));
        }
        let conv = to_str_arg(vm, x, searching && i == 0)?;
        args.push(conv);
    }
    let sd = vm.t.str.downcast::<PyType>().unwrap().dict.clone();
    let f = vm
        .dict_get_name(&sd, name)
        .ok_or_else(|| vm.err("SystemError", format!("str.{name} missing")))?;
    let r = match vm.call(&f, &args, kw) {
        Ok(r) => r,
        Err(e) if searching && vm.exc_matches(&e, "ValueError") => {
            return Err(vm.value_error("subsection not found"));
        }
        Err(e) => return Err(e),
    };
    Ok(from_str_result(vm, &receiver, r))
}

macro_rules! bridged {
    ($($f:ident => $name:literal,)*) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
                via_str(vm, $name, a, k)
            }
        )*
        const BRIDGED: &[(&str, crate::vm::NativeFn)] = &[$(($name, $f),)*];
    };
}

bridged! {
    startswith => "startswith",
    endswith => "endswith",
    replace => "replace",
    partition => "partition",
    rpartition => "rpartition",
    center => "center",
    ljust => "ljust",
    rjust => "rjust",
    zfill => "zfill",
    expandtabs => "expandtabs",
    removeprefix => "removeprefix",
    removesuffix => "removesuffix",
}

/// The bytes a `memoryview` (written in Python, `lib/_memoryview.py`) shows, if `x` is one.
fn view_data(vm: &mut Vm, x: &Value) -> PyResult<Option<Vec<u8>>> {
    if vm.type_name(x) != "memoryview" {
        return Ok(None);
    }
    let b = vm.call_method(x, "tobytes", &[])?;
    Ok(data(&b))
}

fn join(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let sep = data(&a[0]).unwrap_or_default();
    let Some(it) = a.get(1) else {
        return Err(vm.type_error("join() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(it)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let Some(b) = data(x).map_or_else(|| view_data(vm, x), |b| Ok(Some(b)))? else {
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(same_kind(vm, &a[0], out))
}

/// split/rsplit: with a separator through str; without one, on runs of ASCII whitespace.
fn split_impl(vm: &mut Vm, a: &[Value], k: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let sep_given = a.get(1).is_some_and(|s| !s.is(&vm.none)) || {
        let n = a.len() - k.len();
        k.iter()
            .zip(&a[n..])
            .any(|(kn, v)| str_of(kn) == Some("sep") && !v.is(&vm.none))
    };
    if sep_given {
        if let Some(s) = a.get(1).filter(|_| a.len() - k.len() > 1)
            && data(s).is_none()
        {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(s)
            )));
        }
        return via_str(vm, name, a, k);
    }
    let n = a.len() - k.len();
    let mut maxsplit = a.get(2).filter(|_| n > 2).and_then(|v| v.as_small_int());
    for (kn, v) in k.iter().zip(&a[n..]) {
        if str_of(kn) == Some("maxsplit") {
            maxsplit = v.as_small_int();
        }
    }
    let b = data(&a[0]).unwrap_or_default();
    let max = maxsplit.filter(|m| *m >= 0).map(|m| m as usize);
    let words = ascii_split(&b, max, right);
    let out = words.into_iter().map(|w| same_kind(vm, &a[0], w)).collect();
    Ok(vm.list(out))
}

fn ascii_split(b: &[u8], max: Option<usize>, right: bool) -> Vec<Vec<u8>> {
    let ws = |c: &u8| ASCII_WS.contains(c);
    let mut out: Vec<Vec<u8>> = Vec::new();
    if right {
        let mut end = b.len();
        loop {
            while end > 0 && ws(&b[end - 1]) {
                end -= 1;
            }
            if end == 0 {
                break;
            }
            if max.is_some_and(|m| out.len() == m) {
                out.push(b[..end].to_vec());
                break;
            }
            let mut start = end;
            while start > 0 && !ws(&b[start - 1]) {
                start -= 1;
            }
            out.push(b[start..end].to_vec());
            end = start;
        }
        out.reverse();
    } else {
        let mut start = 0;
        loop {
            while start < b.len() && ws(&b[start]) {
                start += 1;
            }
            if start == b.len() {
                break;
            }
            if max.is_some_and(|m| out.len() == m) {
                out.push(b[start..].to_vec());
                break;
            }
            let mut end = start;
            while end < b.len() && !ws(&b[end]) {
                end += 1;
            }
            out.push(b[start..end].to_vec());
            start = end;
        }
    }
    out
}

fn split(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_impl(vm, a, k, false)
}

fn rsplit(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    split_impl(vm, a, k, true)
}

/// strip/lstrip/rstrip: ASCII whitespace by default, else the given bytes.
fn strip_impl(vm: &mut Vm, a: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    let chars: Vec<u8> = match a.get(1) {
        Some(c) if !c.is(&vm.none) => match data(c) {
            Some(d) => d,
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(c)
                )));
            }
        },
        _ => ASCII_WS.to_vec(),
    };
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && chars.contains(&b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && chars.contains(&b[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(vm, &a[0], b[s..e].to_vec()))
}

fn strip(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}

fn lstrip(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}

fn rstrip(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}

fn splitlines(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    let keep = match a.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let _ = k;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\n' => 1,
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' => 1,
            _ => 0,
        };
        if eol > 0 {
            let end = if keep { i + eol } else { i };
            out.push(same_kind(vm, &a[0], b[start..end].to_vec()));
            i += eol;
            start = i;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(same_kind(vm, &a[0], b[start..].to_vec()));
    }
    Ok(vm.list(out))
}

/// Case conversions touch ASCII letters only.
fn map_case(vm: &mut Vm, a: &[Value], f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    Ok(same_kind(vm, &a[0], f(&b)))
}

fn lower(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    map_case(vm, a, |b| b.to_ascii_lowercase())
}

fn upper(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    map_case(vm, a, |b| b.to_ascii_uppercase())
}

fn swapcase(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    map_case(vm, a, |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    map_case(vm, a, |b| {
        let mut out = b.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            *c = c.to_ascii_uppercase();
        }
        out
    })
}

fn title(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    map_case(vm, a, |b| {
        let mut prev_letter = false;
        b.iter()
            .map(|&c| {
                let r = if prev_letter {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_letter = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn test_all(vm: &mut Vm, a: &[Value], f: fn(&u8) -> bool) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    Ok(vm.bool(!b.is_empty() && b.iter().all(f)))
}

fn isdigit(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    test_all(vm, a, u8::is_ascii_digit)
}

fn isalpha(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    test_all(vm, a, u8::is_ascii_alphabetic)
}

fn isalnum(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    test_all(vm, a, u8::is_ascii_alphanumeric)
}

fn isspace(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    test_all(vm, a, |c| ASCII_WS.contains(c))
}

fn isascii(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    Ok(vm.bool(b.is_ascii()))
}

/// islower/isupper: at least one cased byte and none of the other case.
fn cased(vm: &mut Vm, a: &[Value], lower: bool) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    let has = b.iter().any(|c| {
        if lower {
            c.is_ascii_lowercase()
        } else {
            c.is_ascii_uppercase()
        }
    });
    let other = b.iter().any(|c| {
        if lower {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_lowercase()
        }
    });
    Ok(vm.bool(has && !other))
}

fn islower(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cased(vm, a, true)
}

fn isupper(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    cased(vm, a, false)
}

/// `bytes.istitle()`: ASCII words start upper case and continue lower case, and there is at
/// least one cased byte.
fn istitle(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    let r = crate::strings::title_shaped(
        b.iter()
            .map(|c| (c.is_ascii_uppercase(), c.is_ascii_lowercase())),
    );
    Ok(vm.bool(r))
}

fn decode(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let b = data(&a[0]).unwrap_or_default();
    let n = a.len() - k.len();
    let mut encoding = "utf-8".to_string();
    let mut errors = "strict".to_string();
    for (i, v) in a[1..n].iter().enumerate() {
        let s = str_of(v).map(|s| s.to_string());
        match (i, s) {
            (0, Some(s)) => encoding = s,
            (1, Some(s)) => errors = s,
            _ => {
                return Err(vm.type_error(format!(
                    "decode() argument {} must be str, not {}",
                    i + 1,
                    vm.type_name(v)
                )));
            }
        }
    }
    for (kn, v) in k.iter().zip(&a[n..]) {
        let s = str_of(v).unwrap_or_default().to_string();
        match str_of(kn) {
            Some("encoding") => encoding = s,
            Some("errors") => errors = s,
            _ => {
                return Err(vm.type_error(format!(
                    "decode() got an unexpected keyword argument '{}'",
                    str_of(kn).unwrap_or("")
                )));
            }
        }
    }
    let s = crate::strings::decode_bytes(vm, &b, &encoding, &errors)?;
    Ok(vm.str(s))
}

/// `bytes.fromhex(s)`: reached through the class (`a[0]` is the string) or an instance.
fn parse_hex(vm: &mut Vm, a: &[Value]) -> PyResult<Vec<u8>> {
    let arg = if a.first().is_some_and(|v| v.kind() == Some(Kind::Str)) {
        a.first()
    } else {
        a.get(1)
    };
    let Some(s) = arg.and_then(|v| str_of(v).map(|s| s.to_string())) else {
        return Err(vm.type_error("fromhex() argument must be str"));
    };
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = parse_hex(vm, a)?;
    Ok(vm.bytes(b))
}

fn bytearray_fromhex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = parse_hex(vm, a)?;
    Ok(Value::new_object(
        &vm.t.bytearray,
        PyByteArray(std::cell::RefCell::new(b)),
    ))
}

/// Which search `search` performs.
#[derive(Clone, Copy, PartialEq)]
enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

/// `find`/`rfind`/`index`/`rindex`/`count` on the bytes themselves (no copy of the receiver):
/// the needle is bytes-like or an int in range(256), `start` and `end` as in slicing.
fn search(vm: &mut Vm, a: &[Value], kw: &[Value], how: Search) -> PyResult<Value> {
    let name = match how {
        Search::Find => "find",
        Search::RFind => "rfind",
        Search::Index => "index",
        Search::RIndex => "rindex",
        Search::Count => "count",
    };
    if !kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() < 2 {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    }
    if a.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            a.len() - 1
        )));
    }
    let needle: Vec<u8> = match a[1].as_small_int() {
        Some(i) if (0..256).contains(&i) => vec![i as u8],
        Some(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
        None => match data(&a[1])
            .map(Ok)
            .or_else(|| view_data(vm, &a[1]).transpose())
        {
            Some(d) => d?,
            None => {
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(&a[1])
                )));
            }
        },
    };
    let bound = |vm: &mut Vm, v: Option<&Value>| -> PyResult<Option<i64>> {
        match v {
            Some(v) if !v.is(&vm.none) => {
                if v.as_small_int().is_none() && crate::ops::as_int(v).is_none() {
                    return Err(vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ));
                }
                Ok(Some(vm.index_value(v)?))
            }
            _ => Ok(None),
        }
    };
    let (start, end) = (bound(vm, a.get(2))?, bound(vm, a.get(3))?);
    let result = {
        let b = a[0].downcast::<PyBytes>();
        let ba = a[0].downcast::<PyByteArray>().map(|x| x.0.borrow());
        let hay: &[u8] = match (&b, &ba) {
            (Some(b), _) => &b.b,
            (None, Some(ba)) => ba,
            _ => return Err(vm.type_error(format!("descriptor '{name}' needs a bytes object"))),
        };
        let len = hay.len() as i64;
        let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
        let lo = clamp(start.unwrap_or(0));
        let hi = clamp(end.unwrap_or(len));
        search_in(hay, &needle, lo, hi, start.unwrap_or(0) > len, how)
    };
    if result < 0 && matches!(how, Search::Index | Search::RIndex) {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(vm.int(result))
}

/// The search itself over `hay[lo..hi]`; -1 when not found (for the finds).
fn search_in(hay: &[u8], needle: &[u8], lo: i64, hi: i64, past_end: bool, how: Search) -> i64 {
    if past_end || lo > hi {
        return if how == Search::Count { 0 } else { -1 };
    }
    let (lo, hi) = (lo as usize, hi as usize);
    let window = &hay[lo..hi];
    if needle.is_empty() {
        return match how {
            Search::Count => (hi - lo + 1) as i64,
            Search::RFind | Search::RIndex => hi as i64,
            _ => lo as i64,
        };
    }
    if needle.len() > window.len() {
        return if how == Search::Count { 0 } else { -1 };
    }
    match how {
        Search::Count => {
            let (mut n, mut i) = (0, 0);
            while i + needle.len() <= window.len() {
                if &window[i..i + needle.len()] == needle {
                    n += 1;
                    i += needle.len();
                } else {
                    i += 1;
                }
            }
            n
        }
        Search::Find | Search::Index => window
            .windows(needle.len())
            .position(|w| w == needle)
            .map_or(-1, |p| (lo + p) as i64),
        Search::RFind | Search::RIndex => window
            .windows(needle.len())
            .rposition(|w| w == needle)
            .map_or(-1, |p| (lo + p) as i64),
    }
}

pub fn install(vm: &mut Vm) {
    let (b, ba) = (vm.t.bytes.clone(), vm.t.bytearray.clone());
    for t in [&b, &ba] {
        for (n, f) in BRIDGED {
            add_method(vm, t, n, *f);
        }
        for (n, f) in [
            (
                "find",
                (|vm, a, k| search(vm, a, k, Search::Find)) as crate::vm::NativeFn,
            ),
            ("rfind", |vm, a, k| search(vm, a, k, Search::RFind)),
            ("index", |vm, a, k| search(vm, a, k, Search::Index)),
            ("rindex", |vm, a, k| search(vm, a, k, Search::RIndex)),
            ("count", |vm, a, k| search(vm, a, k, Search::Count)),
        ] {
            add_method(vm, t, n, f);
        }
        for (n, f) in [
            ("join", join as crate::vm::NativeFn),
            ("split", split),
            ("rsplit", rsplit),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("splitlines", splitlines),
            ("lower", lower),
            ("upper", upper),
            ("swapcase", swapcase),
            ("capitalize", capitalize),
            ("title", title),
            ("isdigit", isdigit),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isascii", isascii),
            ("islower", islower),
            ("isupper", isupper),
            ("istitle", istitle),
            ("decode", decode),
        ] {
            add_method(vm, t, n, f);
        }
    }
    add_method(vm, &b, "fromhex", bytes_fromhex);
    install_bytearray(vm);
    add_method(vm, &ba, "fromhex", bytearray_fromhex);
}

// ----- bytearray items --------------------------------------------------------------------

fn bytearray_of(v: &Value) -> &PyByteArray {
    v.downcast::<PyByteArray>().expect("bytearray")
}

/// `ba[k]`: an int for an index, a new bytearray for a slice.
pub fn bytearray_getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    if k.downcast::<PySlice>().is_some() {
        let b = bytearray_of(c).0.borrow().clone();
        let bytes = vm.bytes(b);
        let r = vm.getitem(&bytes, k)?;
        let out = data(&r).unwrap_or_default();
        return Ok(same_kind(vm, c, out));
    }
    let n = bytearray_of(c).0.borrow().len();
    let i = crate::builtins::seq_index(vm, k, n, "bytearray")?;
    // An `__index__` may have resized the array meanwhile.
    match bytearray_of(c).0.borrow().get(i) {
        Some(&x) => Ok(vm.int(x as i64)),
        None => Err(vm.index_error("bytearray index out of range")),
    }
}

/// The byte values of `v` for a slice assignment: a bytes-like or an iterable of ints.
fn byte_values(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(d) = data(v) {
        return Ok(d.iter().map(|&x| vm.int(x as i64)).collect());
    }
    if v.as_small_int().is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    let items = vm.collect(v)?;
    for i in &items {
        check_byte(vm, i)?;
    }
    Ok(items)
}

fn check_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    match v.as_small_int() {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)")),
        None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
    }
}

/// Applies a list operation to the bytes of `c` (as a list of ints) and stores the result.
fn via_list(
    vm: &mut Vm,
    c: &Value,
    op: impl FnOnce(&mut Vm, &Value) -> PyResult<()>,
) -> PyResult<()> {
    let items: Vec<Value> = bytearray_of(c)
        .0
        .borrow()
        .iter()
        .map(|&x| vm.int(x as i64))
        .collect();
    let list = vm.list(items);
    op(vm, &list)?;
    let out: Vec<u8> = list
        .downcast::<PyList>()
        .unwrap()
        .0
        .borrow()
        .iter()
        .map(|v| v.as_small_int().unwrap_or(0) as u8)
        .collect();
    *bytearray_of(c).0.borrow_mut() = out;
    Ok(())
}

pub fn bytearray_setitem(vm: &mut Vm, c: &Value, k: Value, v: Value) -> PyResult<()> {
    if k.downcast::<PySlice>().is_some() {
        let vals = byte_values(vm, &v)?;
        let vl = vm.list(vals);
        return via_list(vm, c, |vm, l| vm.setitem(l, k, vl));
    }
    check_byte(vm, &v)?;
    via_list(vm, c, |vm, l| {
        vm.setitem(l, k, v).map_err(|e| {
            if vm.exc_matches(&e, "IndexError") {
                vm.index_error("bytearray index out of range")
            } else {
                e
            }
        })
    })
}

pub fn bytearray_delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    via_list(vm, c, |vm, l| vm.delitem(l, k))
}

/// `x in b` for bytes and bytearray: a byte value or a contiguous subsequence.
pub fn bytes_contains(vm: &mut Vm, b: &Value, item: &Value) -> PyResult<bool> {
    let hay = data(b).unwrap_or_default();
    if let Some(needle) = data(item) {
        return Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle.as_slice()));
    }
    if item.as_small_int().is_some() {
        let byte = check_byte(vm, item)?;
        return Ok(hay.contains(&byte));
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(item)
    )))
}

// ----- bytearray mutators -----------------------------------------------------------------

fn ba_pop(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let idx = match a.get(1) {
        Some(i) => vm.index_value(i)?,
        None => -1,
    };
    let ba = bytearray_of(&a[0]);
    let n = ba.0.borrow().len() as i64;
    if n == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let j = if idx < 0 { idx + n } else { idx };
    if j < 0 || j >= n {
        return Err(vm.index_error("pop index out of range"));
    }
    let b = ba.0.borrow_mut().remove(j as usize);
    Ok(vm.int(b as i64))
}

fn ba_insert(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if a.len() != 3 {
        return Err(vm.type_error(format!(
            "insert expected 2 arguments, got {}",
            a.len().saturating_sub(1)
        )));
    }
    let i = vm.index_value(&a[1])?;
    let b = check_byte(vm, &a[2])?;
    let ba = bytearray_of(&a[0]);
    let n = ba.0.borrow().len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    ba.0.borrow_mut().insert(j as usize, b);
    Ok(vm.none.clone())
}

fn ba_remove(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(v) = a.get(1) else {
        return Err(vm.type_error("remove() takes exactly one argument (0 given)"));
    };
    let b = check_byte(vm, v)?;
    let ba = bytearray_of(&a[0]);
    let pos = ba.0.borrow().iter().position(|&x| x == b);
    match pos {
        Some(p) => {
            ba.0.borrow_mut().remove(p);
            Ok(vm.none.clone())
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_reverse(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    bytearray_of(&a[0]).0.borrow_mut().reverse();
    Ok(vm.none.clone())
}

fn ba_clear(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    bytearray_of(&a[0]).0.borrow_mut().clear();
    Ok(vm.none.clone())
}

fn ba_copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let b = bytearray_of(&a[0]).0.borrow().clone();
    Ok(same_kind(vm, &a[0], b))
}

pub fn install_bytearray(vm: &mut Vm) {
    let ba = vm.t.bytearray.clone();
    for (n, f) in [
        ("pop", ba_pop as crate::vm::NativeFn),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
    ] {
        add_method(vm, &ba, n, f);
    }
}

/// `fmt` with each `%b` conversion (after any key, flags, width and precision) made `%s`.
fn b_conversions_as_s(fmt: &str) -> String {
    let mut out = String::with_capacity(fmt.len());
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '%' {
            continue;
        }
        if chars.peek() == Some(&'(') {
            for k in chars.by_ref() {
                out.push(k);
                if k == ')' {
                    break;
                }
            }
        }
        while let Some(&s) = chars.peek() {
            if "-+ #0123456789.*".contains(s) {
                out.push(s);
                chars.next();
            } else {
                break;
            }
        }
        match chars.next() {
            Some('b') => out.push('s'),
            Some(t) => out.push(t),
            None => {}
        }
    }
    out
}

/// `b % args`: the str %-formatting of the latin-1 views, with bytes arguments inserted as
/// their bytes (`%s`/`%b`).
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = vm.str(latin1(&data(fmt).unwrap_or_default()));
    let conv = |vm: &mut Vm, v: &Value| match data(v) {
        Some(d) => vm.str(latin1(&d)),
        None => v.clone(),
    };
    let args = if let Some(t) = args.downcast::<PyTuple>() {
        let items: Vec<Value> = t.0.to_vec();
        let out = items.iter().map(|v| conv(vm, v)).collect();
        vm.tuple(out)
    } else if args.kind() == Some(Kind::Dict) {
        // `%(key)s` looks the bytes key up: the keys become their latin-1 text too.
        let d = vm.dict();
        for (k, v) in args.downcast::<PyDict>().unwrap().items() {
            let (k, v) = (conv(vm, &k), conv(vm, &v));
            vm.dict_set(&d, k, v)?;
        }
        d
    } else {
        conv(vm, args)
    };
    let fb = vm.str(b_conversions_as_s(str_of(&f).unwrap_or("")));
    let r = crate::format::percent_format(vm, &fb, &args)?;
    let text = str_of(&r).unwrap_or("").to_string();
    if text.chars().any(|c| c as u32 > 0xff) {
        return Err(vm.type_error(
            "%b requires a bytes-like object, or an object that implements __bytes__",
        ));
    }
    Ok(same_kind(vm, fmt, unlatin1(&text)))
}
