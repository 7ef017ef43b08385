//! Text conversions: `repr()` and `str()` of builtin values, CPython's float repr (shortest
//! round-trip digits with its exponent rules), the format-spec mini-language and
//! printf-style `%` formatting.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::*;
use crate::ops::{IntRef, as_int, to_bigint};
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

/// Splits the shortest round-trip representation of a finite, non-zero |f| into decimal
/// digits and a decimal exponent `e` such that the value is `0.d1d2... * 10^e`.
fn shortest_digits(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let mut digits: String = mant.chars().filter(|c| *c != '.').collect();
    // When the value lies exactly halfway between two shortest candidates, CPython picks the
    // one with an even last digit; Rust's formatter picks the upper one.
    let last = digits.as_bytes()[digits.len() - 1];
    if digits.len() > 1 && (last - b'0') % 2 == 1 {
        let mut lower = digits.clone();
        lower.pop();
        lower.push((last - 1) as char);
        let parse = |d: &str| format!("{}.{}e{exp}", &d[..1], &d[1..]).parse::<f64>().ok();
        if parse(&lower) == Some(f.abs()) {
            // Exact decimal expansion: a tie shows as the lower digits followed by 5000...
            let exact = format!("{:.1$e}", f.abs(), 780);
            let exact_digits: String = exact
                .split_once('e')
                .unwrap()
                .0
                .chars()
                .filter(|c| *c != '.')
                .collect();
            let n = lower.len();
            if exact_digits.starts_with(&lower)
                && exact_digits[n..].starts_with('5')
                && exact_digits[n + 1..].bytes().all(|b| b == b'0')
            {
                digits = lower;
            }
        }
    }
    (digits, exp + 1)
}

pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, e) = shortest_digits(f);
    let sign = if f < 0.0 { "-" } else { "" };
    let n = digits.len() as i32;
    if -4 < e && e <= 16 {
        if e <= 0 {
            format!("{sign}0.{}{digits}", "0".repeat((-e) as usize))
        } else if e >= n {
            format!("{sign}{digits}{}.0", "0".repeat((e - n) as usize))
        } else {
            format!("{sign}{}.{}", &digits[..e as usize], &digits[e as usize..])
        }
    } else {
        let exp = e - 1;
        let mant = if n == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!(
            "{sign}{mant}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_unprintable(c) => {
                let v = c as u32;
                if v <= 0xff {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v <= 0xffff {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn is_unprintable(c: char) -> bool {
    !crate::strings::is_printable(c)
}

pub fn bytes_repr(b: &[u8], prefix: &str) -> String {
    literal_of_bytes(b, prefix, false)
}

/// The bytes literal inside a bytearray's repr: as a bytes object's, except that CPython
/// escapes every `'` there, whichever quote encloses the literal.
pub fn bytearray_literal(b: &[u8]) -> String {
    literal_of_bytes(b, "b", true)
}

fn literal_of_bytes(b: &[u8], prefix: &str, escape_apostrophes: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("{prefix}{quote}");
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_apostrophes && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `sys.set_int_max_str_digits`: the most decimal digits an int may have when converted to
/// or from a string (0: no limit).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// The limit error if a decimal string of `digits` digits is over `INT_MAX_STR_DIGITS`.
pub fn check_str_digits(vm: &Vm, digits: usize, to_str: bool) -> PyResult<()> {
    let limit = INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    if limit == 0 || digits <= limit {
        return Ok(());
    }
    Err(vm.value_error(if to_str {
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )
    } else {
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    }))
}

/// The decimal text of a big int, refused past the digit limit.
fn bigint_decimal(vm: &Vm, b: &BigInt) -> PyResult<String> {
    let s = b.to_string();
    check_str_digits(vm, s.len() - b.is_negative() as usize, true)?;
    Ok(s)
}

pub fn int_to_string(v: &Value) -> String {
    match as_int(v).unwrap() {
        IntRef::Small(i) => i.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(self.str(s))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        let ty = self.type_of(v);
        let heap = ty.downcast::<PyType>().unwrap().heap;
        if self
            .interned_types
            .get("UnionType")
            .is_some_and(|u| u.is(&ty))
        {
            let r = self.call_method(v, "__repr__", &[])?;
            return Ok(str_of(&r).unwrap_or("").to_string());
        }
        if (heap || matches!(v.kind(), Some(Kind::Instance) | Some(Kind::Exception)))
            && let Some(s) = self.user_text_dunder(v, &ty, "__repr__")?
        {
            return Ok(s);
        }
        self.builtin_repr(v)
    }

    /// Calls a Python-level `__repr__`/`__str__` of `ty` on `v`, checking it returns a str;
    /// `None` when the class only has the builtin one.
    fn user_text_dunder(&mut self, v: &Value, ty: &Value, name: &str) -> PyResult<Option<String>> {
        self.text_dunder(v, ty, name, name)
    }

    /// `user_text_dunder` calling `name`, reporting a non-str result as `label`'s.
    fn text_dunder(
        &mut self,
        v: &Value,
        ty: &Value,
        name: &str,
        label: &str,
    ) -> PyResult<Option<String>> {
        let n = self.intern(name);
        let Some(f) = crate::ops::type_lookup(ty, &n).filter(|f| f.kind() != Some(Kind::Builtin))
        else {
            return Ok(None);
        };
        let r = self.call(&f, std::slice::from_ref(v), &[])?;
        match str_of(&r) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(self.type_error(format!(
                "{label} returned non-string (type {})",
                self.type_name(&r)
            ))),
        }
    }

    /// Starts the repr of container `v`: false if it is already being shown (a cycle), a
    /// RecursionError past CPython's nesting limit for reprs.
    fn enter_repr(&mut self, v: &Value) -> PyResult<bool> {
        let id = v.id();
        if self.repr_guard().contains(&id) {
            return Ok(false);
        }
        if self.repr_guard().len() >= self.recursion_limit {
            return Err(self.err(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_guard().push(id);
        Ok(true)
    }

    fn leave_repr(&mut self) {
        self.repr_guard().pop();
    }

    pub(crate) fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        let Some(k) = v.kind() else {
            return Ok(v.as_small_int().map_or_else(String::new, |i| i.to_string()));
        };
        Ok(match k {
            Kind::Bool => if v.is(&self.true_) { "True" } else { "False" }.into(),
            Kind::BigInt => bigint_decimal(self, &v.downcast::<PyBigInt>().unwrap().0)?,
            Kind::Float => float_repr(v.downcast::<PyFloat>().unwrap().0),
            Kind::Complex => {
                let c = v.downcast::<PyComplex>().unwrap();
                let im = float_repr(c.im).trim_end_matches(".0").to_string();
                if c.re == 0.0 && c.re.is_sign_positive() {
                    format!("{im}j")
                } else {
                    let re = float_repr(c.re).trim_end_matches(".0").to_string();
                    let sign = if c.im.is_sign_positive() || c.im.is_nan() {
                        "+"
                    } else {
                        ""
                    };
                    format!("({re}{sign}{im}j)")
                }
            }
            Kind::Str => repr_str(&v.downcast::<PyStr>().unwrap().s),
            Kind::Bytes => bytes_repr(&v.downcast::<PyBytes>().unwrap().b, "b"),
            Kind::ByteArray => {
                format!(
                    "bytearray({})",
                    bytearray_literal(&v.downcast::<PyByteArray>().unwrap().0.borrow())
                )
            }
            Kind::Tuple => {
                let items = v.downcast::<PyTuple>().unwrap().0.to_vec();
                if !self.enter_repr(v)? {
                    return Ok("(...)".into());
                }
                let r = self.join_reprs(&items);
                self.leave_repr();
                let r = r?;
                if items.len() == 1 {
                    format!("({r},)")
                } else {
                    format!("({r})")
                }
            }
            Kind::List => {
                let items = v.downcast::<PyList>().unwrap().0.borrow().clone();
                if !self.enter_repr(v)? {
                    return Ok("[...]".into());
                }
                let r = self.join_reprs(&items);
                self.leave_repr();
                format!("[{}]", r?)
            }
            Kind::Dict => {
                let items: Vec<(Value, Value)> = v.downcast::<PyDict>().unwrap().items();
                if !self.enter_repr(v)? {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::with_capacity(items.len());
                let mut res = Ok(());
                for (k, val) in items {
                    match (self.repr_string(&k), self.repr_string(&val)) {
                        (Ok(a), Ok(b)) => parts.push(format!("{a}: {b}")),
                        (Err(e), _) | (_, Err(e)) => {
                            res = Err(e);
                            break;
                        }
                    }
                }
                self.leave_repr();
                res?;
                format!("{{{}}}", parts.join(", "))
            }
            Kind::Set => {
                let s = v.downcast::<PySet>().unwrap();
                let items: Vec<Value> = s.table.borrow().iter().map(|(_, k)| k.clone()).collect();
                let name = self.type_name(v);
                if !self.enter_repr(v)? {
                    return Ok(format!("{name}(...)"));
                }
                let r = self.join_reprs(&items);
                self.leave_repr();
                let r = r?;
                if items.is_empty() {
                    format!("{name}()")
                } else if s.frozen || name != "set" {
                    format!("{name}({{{r}}})")
                } else {
                    format!("{{{r}}}")
                }
            }
            Kind::Type => {
                let t = v.downcast::<PyType>().unwrap();
                if t.heap {
                    let module = self.dict_get_str(&t.dict, &self.interned["__module__"]);
                    match module.as_ref().and_then(|m| str_of(m)) {
                        Some(m) if m != "builtins" => {
                            format!("<class '{m}.{}'>", t.qualname.borrow())
                        }
                        _ => format!("<class '{}'>", t.qualname.borrow()),
                    }
                } else {
                    // Builtin classes of other modules (weakref.ReferenceType) show it.
                    let module = self.dict_get_str(&t.dict, &self.interned["__module__"]);
                    match module.as_ref().and_then(|m| str_of(m)) {
                        Some(m) if m != "builtins" => format!("<class '{m}.{}'>", t.name.borrow()),
                        _ => format!("<class '{}'>", t.name.borrow()),
                    }
                }
            }
            Kind::Function => {
                let f = v.downcast::<PyFunction>().unwrap();
                let q = f.qualname.borrow().clone();
                format!("<function {} at {:#x}>", str_of(&q).unwrap_or("?"), v.id())
            }
            Kind::Builtin => {
                let b = v.downcast::<PyBuiltin>().unwrap();
                match (&b.self_, b.owner) {
                    (Some(s), Some(_)) if s.kind() != Some(Kind::Module) => {
                        format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            self.type_name(s),
                            s.id()
                        )
                    }
                    (None, Some(o)) => format!("<method '{}' of '{o}' objects>", b.name),
                    _ => format!("<built-in function {}>", b.name),
                }
            }
            Kind::Method => {
                let m = v.downcast::<PyMethod>().unwrap();
                let func = m.func.clone();
                let s = m.self_.clone();
                let q = match func.downcast::<PyFunction>() {
                    Some(f) => str_of(&f.qualname.borrow()).unwrap_or("?").to_string(),
                    None => "?".into(),
                };
                let sr = self.repr_string(&s)?;
                format!("<bound method {q} of {sr}>")
            }
            Kind::Module => {
                let m = v.downcast::<PyModule>().unwrap();
                let name = self.dict_get_str(&m.dict, &self.interned["__name__"]);
                let name = name
                    .as_ref()
                    .and_then(|n| str_of(n))
                    .unwrap_or("?")
                    .to_string();
                let file = self.dict_get_str(&m.dict, &self.interned["__file__"]);
                // Modules made by `types.ModuleType` have a `__loader__` (None); the native
                // ones do not.
                let loader = self.intern("__loader__");
                let made = self.dict_get_str(&m.dict, &loader).is_some();
                match file.as_ref().and_then(|f| str_of(f)) {
                    Some(f) => format!("<module '{name}' from '{f}'>"),
                    None if made => format!("<module '{name}'>"),
                    None => format!("<module '{name}' (built-in)>"),
                }
            }
            Kind::Exception => {
                let e = v.downcast::<PyException>().unwrap();
                let args = e.args.borrow().clone();
                let name = self.type_name(v);
                let items = args
                    .downcast::<PyTuple>()
                    .map(|t| t.0.to_vec())
                    .unwrap_or_default();
                let r = self.join_reprs(&items)?;
                format!("{name}({r})")
            }
            Kind::Range => {
                let r = v.downcast::<PyRange>().unwrap();
                let (a, b, c) = (r.start.clone(), r.stop.clone(), r.step.clone());
                let (a, b) = (int_to_string(&a), int_to_string(&b));
                if c.as_small_int() == Some(1) {
                    format!("range({a}, {b})")
                } else {
                    format!("range({a}, {b}, {})", int_to_string(&c))
                }
            }
            Kind::Slice => {
                let s = v.downcast::<PySlice>().unwrap();
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr_string(&a)?,
                    self.repr_string(&b)?,
                    self.repr_string(&c)?
                )
            }
            Kind::Cell => format!("<cell at {:#x}>", v.id()),
            Kind::WeakRef => crate::weakref::repr(self, v),
            Kind::Frame => crate::frames::repr(v),
            Kind::Generator => {
                let g = v.downcast::<PyGenerator>().unwrap();
                let qn = g.state.borrow().code.bc.qualname.clone();
                format!("<{} object {qn} at {:#x}>", self.type_name(v), v.id())
            }
            Kind::Code => {
                let c = v.downcast::<PyCode>().unwrap();
                format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.0.bc.name,
                    v.id(),
                    c.0.bc.filename,
                    c.0.bc.first_line
                )
            }
            Kind::Wrapper => {
                let w = v.downcast::<PyWrapper>().unwrap();
                let kind = w.kind;
                let f = w.func.clone();
                match kind {
                    WrapperKind::DictKeys | WrapperKind::DictValues | WrapperKind::DictItems => {
                        let which = match kind {
                            WrapperKind::DictKeys => 0,
                            WrapperKind::DictValues => 1,
                            _ => 2,
                        };
                        let items: Vec<Value> = f
                            .downcast::<PyDict>()
                            .unwrap()
                            .0
                            .borrow()
                            .iter()
                            .map(|e| match which {
                                0 => e.key.clone(),
                                1 => e.value.clone(),
                                _ => self.tuple(vec![e.key.clone(), e.value.clone()]),
                            })
                            .collect();
                        let r = self.join_reprs(&items)?;
                        format!("{}([{r}])", self.type_name(v))
                    }
                    WrapperKind::MappingProxy => format!("mappingproxy({})", self.repr_string(&f)?),
                    WrapperKind::Member(_) => crate::slots::repr(v),
                    _ => format!("<{} object at {:#x}>", self.type_name(v), v.id()),
                }
            }
            Kind::Instance => {
                if v.is(&self.none) {
                    "None".into()
                } else if v.is(&self.not_implemented) {
                    "NotImplemented".into()
                } else if v.is(&self.ellipsis) {
                    "Ellipsis".into()
                } else {
                    self.default_repr(v)
                }
            }
            _ => self.default_repr(v),
        })
    }

    pub fn default_repr(&mut self, v: &Value) -> String {
        let ty = self.type_of(v);
        let t = ty.downcast::<PyType>().unwrap();
        let module = self.dict_get_str(&t.dict, &self.interned["__module__"]);
        let qn = t.qualname.borrow().clone();
        match module.as_ref().and_then(|m| str_of(m)) {
            Some(m) if m != "builtins" => format!("<{m}.{qn} object at {:#x}>", v.id()),
            _ => format!("<{qn} object at {:#x}>", v.id()),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_string(it)?);
        }
        Ok(parts.join(", "))
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = v.downcast::<PyStr>()
            && !v
                .header_type()
                .and_then(|t| t.downcast::<PyType>())
                .is_some_and(|t| t.heap)
        {
            return Ok(s.s.to_string());
        }
        if let Some(i) = v.as_small_int() {
            return Ok(i.to_string());
        }
        let ty = self.type_of(v);
        if let Some(s) = self.user_text_dunder(v, &ty, "__str__")? {
            return Ok(s);
        }
        if let Some(s) = v.downcast::<PyStr>() {
            return Ok(s.s.to_string());
        }
        if let Some(w) = v.downcast::<PyWrapper>()
            && w.kind == WrapperKind::MappingProxy
        {
            // str() of a mappingproxy is str() of the mapping it shows.
            let inner = w.func.clone();
            return self.str_string(&inner);
        }
        if v.kind() == Some(Kind::Exception)
            && let Some(s) = crate::oserror::text(self, v)?
        {
            return Ok(s);
        }
        if v.kind() == Some(Kind::Exception)
            && crate::ops::is_subtype(&ty, &self.exc_type("SyntaxError"))
        {
            return self.syntax_error_str(v);
        }
        if v.kind() == Some(Kind::Exception)
            && let Some(s) = crate::strings::unicode_error_str(self, v)?
        {
            return Ok(s);
        }
        if v.kind() == Some(Kind::Exception) {
            let e = v.downcast::<PyException>().unwrap();
            let args = e.args.borrow().clone();
            let items = args
                .downcast::<PyTuple>()
                .map(|t| t.0.to_vec())
                .unwrap_or_default();
            let is_key_error = crate::ops::is_subtype(&ty, &self.exc_type("KeyError"));
            return match items.len() {
                0 => Ok(String::new()),
                1 if is_key_error => self.repr_string(&items[0]),
                1 => self.str_string(&items[0]),
                _ => self.repr_string(&args),
            };
        }
        // str() falls back on the class's `__repr__`; a non-str result is str()'s error.
        if ty.downcast::<PyType>().unwrap().heap
            && let Some(s) = self.text_dunder(v, &ty, "__repr__", "__str__")?
        {
            return Ok(s);
        }
        self.repr_string(v)
    }

    /// `str(SyntaxError)`: the message, then the file's base name and the line when known.
    fn syntax_error_str(&mut self, v: &Value) -> PyResult<String> {
        let msg = self.getattr_str(v, "msg")?;
        let msg = self.str_string(&msg)?;
        let file = self.getattr_str(v, "filename")?;
        let file = str_of(&file).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
        let line = self.getattr_str(v, "lineno")?.as_small_int();
        Ok(match (file, line) {
            (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
            (Some(f), None) => format!("{msg} ({f})"),
            (None, Some(l)) => format!("{msg} (line {l})"),
            (None, None) => msg,
        })
    }

    pub fn to_str(&mut self, v: &Value) -> PyResult<Value> {
        if v.kind() == Some(Kind::Str) && !self.type_of(v).downcast::<PyType>().unwrap().heap {
            return Ok(v.clone());
        }
        let s = self.str_string(v)?;
        Ok(self.str(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let ty = self.type_of(v);
        if ty.downcast::<PyType>().unwrap().heap {
            let n = self.intern("__format__");
            if let Some(f) = crate::ops::type_lookup(&ty, &n)
                && f.kind() != Some(Kind::Builtin)
            {
                let s = self.str(spec);
                let r = self.call(&f, &[v.clone(), s], &[])?;
                return match str_of(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&r)
                    ))),
                };
            }
        }
        self.format_builtin(v, spec)
    }

    /// `format(v, spec)` by the builtin type `v` is or derives from (int, float, complex, str
    /// or object), whatever `__format__` a subclass defines: `int.__format__(v, spec)` and
    /// the others.
    pub fn format_builtin(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_string(v);
        }
        let tname = self.type_name(v);
        let generic = !matches!(
            v.kind(),
            None | Some(Kind::BigInt | Kind::Bool | Kind::Float | Kind::Str | Kind::Complex)
        );
        if generic {
            return Err(self.type_error(format!(
                "unsupported format string passed to {tname}.__format__"
            )));
        }
        let sp = match parse_spec(spec) {
            Ok(sp) => sp,
            Err(SpecError::BothGroupings) => {
                return Err(self.value_error("Cannot specify both ',' and '_'."));
            }
            Err(SpecError::MissingPrecision) => {
                return Err(self.value_error("Format specifier missing precision"));
            }
            Err(SpecError::Invalid) => {
                return Err(self.value_error(format!(
                    "Invalid format specifier '{spec}' for object of type '{tname}'"
                )));
            }
        };
        // The spec parser itself refuses a separator the presentation type cannot take,
        // before any check that depends on the value's type.
        if let Some(g) = sp.grouping {
            // Strings default to type 's' and ints to 'd' for this check.
            let ty = sp.ty.or(match v.kind() {
                Some(Kind::Str) => Some('s'),
                Some(Kind::Float | Kind::Complex) => None,
                _ => Some('d'),
            });
            let allowed = match ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                Some(_) => false,
            };
            if !allowed {
                let t = ty.unwrap_or(' ');
                let shown = if (' '..'\u{7f}').contains(&t) && t != ' ' {
                    t.to_string()
                } else {
                    format!("\\x{:x}", t as u32)
                };
                return Err(self.value_error(format!("Cannot specify '{g}' with '{shown}'.")));
            }
        }
        let unknown = |vm: &Vm, t: char| {
            vm.value_error(format!(
                "Unknown format code '{t}' for object of type '{tname}'"
            ))
        };
        match v.kind() {
            Some(Kind::Float) => {
                check_float_spec(self, &sp, &tname)?;
                Ok(format_float(v.downcast::<PyFloat>().unwrap().0, &sp))
            }
            Some(Kind::Complex) => {
                let c = v.downcast::<PyComplex>().unwrap();
                format_complex(self, c.re, c.im, &sp, &tname)
            }
            Some(Kind::Str) => {
                if let Some(t) = sp.ty.filter(|&t| t != 's') {
                    return Err(unknown(self, t));
                }
                let what = "in string format specifier";
                if sp.sign == Some(' ') {
                    return Err(self.value_error(format!("Space not allowed {what}")));
                }
                check_flags(self, &sp, what)?;
                if sp.z {
                    return Err(
                        self.value_error(format!("Negative zero coercion (z) not allowed {what}"))
                    );
                }
                if sp.align == Some('=') {
                    return Err(self.value_error(format!("'=' alignment not allowed {what}")));
                }
                if let Some(g) = sp.grouping {
                    return Err(self.value_error(format!("Cannot specify '{g}' with 's'.")));
                }
                let s = v.downcast::<PyStr>().unwrap().as_str();
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                Ok(pad(&s, &sp, '<'))
            }
            _ => {
                if matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                    let f = crate::ops::as_float(v).unwrap_or(f64::INFINITY);
                    return Ok(format_float(f, &sp));
                }
                match sp.ty {
                    None | Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
                    Some(t) => return Err(unknown(self, t)),
                }
                if sp.precision.is_some() {
                    return Err(
                        self.value_error("Precision not allowed in integer format specifier")
                    );
                }
                if sp.z {
                    return Err(self.value_error(
                        "Negative zero coercion (z) not allowed in integer format specifier",
                    ));
                }
                if let Some(g) = sp.grouping
                    && (sp.ty == Some('n')
                        || sp.ty == Some('c')
                        || g == ',' && !matches!(sp.ty, None | Some('d')))
                {
                    return Err(self
                        .value_error(format!("Cannot specify '{g}' with '{}'.", sp.ty.unwrap())));
                }
                if sp.ty == Some('c') {
                    check_flags(self, &sp, "with integer format specifier 'c'")?;
                }
                format_int(self, as_int(v).unwrap(), &sp)
            }
        }
    }
}

/// The sign and `#` flags, which strings and `c` refuse.
fn check_flags(vm: &Vm, sp: &Spec, what: &str) -> PyResult<()> {
    if sp.sign.is_some() {
        return Err(vm.value_error(format!("Sign not allowed {what}")));
    }
    if sp.alt {
        return Err(vm.value_error(format!("Alternate form (#) not allowed {what}")));
    }
    Ok(())
}

fn check_float_spec(vm: &Vm, sp: &Spec, tname: &str) -> PyResult<()> {
    // The separator is checked against the type before the type against the value.
    if let Some(g) = sp.grouping
        && let Some(t) = sp.ty
        && !matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
        && !(g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'))
    {
        return Err(vm.value_error(format!("Cannot specify '{g}' with '{t}'.")));
    }
    match sp.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type '{tname}'"
            )));
        }
    }
    if sp.ty == Some('n')
        && let Some(g) = sp.grouping
    {
        return Err(vm.value_error(format!("Cannot specify '{g}' with 'n'.")));
    }
    Ok(())
}

/// `format(complex, spec)`: both parts formatted as floats, the imaginary one always signed;
/// with no presentation type, parentheses as in `repr` when there is a real part.
fn format_complex(vm: &Vm, re: f64, im: f64, sp: &Spec, tname: &str) -> PyResult<String> {
    if sp.ty == Some('%') {
        return Err(vm.value_error(format!(
            "Unknown format code '%' for object of type '{tname}'"
        )));
    }
    check_float_spec(vm, sp, tname)?;
    if sp.align == Some('=') {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if sp.zero {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    let part = |x: f64, sign: Option<char>| {
        let inner = Spec {
            sign,
            alt: sp.alt,
            grouping: sp.grouping,
            precision: sp.precision,
            ty: sp.ty.or(sp.precision.map(|_| 'g')),
            z: sp.z,
            ..Spec::default()
        };
        if inner.ty.is_none() {
            let r = float_repr(x.abs());
            let r = r.strip_suffix(".0").map_or(r.clone(), str::to_string);
            let neg = x.is_sign_negative() && !x.is_nan();
            let sign = if neg { "-" } else { sign.map_or("", |_| "+") };
            return format!("{sign}{r}");
        }
        format_float(x, &inner)
    };
    let show_re = sp.ty.is_some() || re != 0.0 || re.is_sign_negative();
    let body = if show_re {
        let r = part(re, sp.sign);
        let i = part(im, Some('+'));
        if sp.ty.is_none() {
            format!("({r}{i}j)")
        } else {
            format!("{r}{i}j")
        }
    } else {
        format!("{}j", part(im, sp.sign))
    };
    Ok(pad(&body, sp, '>'))
}

pub enum SpecError {
    Invalid,
    BothGroupings,
    MissingPrecision,
}

#[derive(Default, Debug)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    /// `z`: a negative zero result is shown without its sign.
    z: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

pub fn parse_spec(s: &str) -> Result<Spec, SpecError> {
    let c: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    if c.len() >= 2 && matches!(c[1], '<' | '>' | '^' | '=') {
        sp.fill = Some(c[0]);
        sp.align = Some(c[1]);
        i = 2;
    } else if !c.is_empty() && matches!(c[0], '<' | '>' | '^' | '=') {
        sp.align = Some(c[0]);
        i = 1;
    }
    if i < c.len() && matches!(c[i], '+' | '-' | ' ') {
        sp.sign = Some(c[i]);
        i += 1;
    }
    if i < c.len() && c[i] == 'z' {
        sp.z = true;
        i += 1;
    }
    if i < c.len() && c[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < c.len() && c[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let number = |i: &mut usize| -> Result<Option<usize>, SpecError> {
        let st = *i;
        while *i < c.len() && c[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == st {
            return Ok(None);
        }
        let n: String = c[st..*i].iter().collect();
        n.parse().map(Some).map_err(|_| SpecError::Invalid)
    };
    sp.width = number(&mut i)?.unwrap_or(0);
    if i < c.len() && matches!(c[i], ',' | '_') {
        sp.grouping = Some(c[i]);
        i += 1;
        if i < c.len() && matches!(c[i], ',' | '_') {
            return Err(SpecError::BothGroupings);
        }
    }
    if i < c.len() && c[i] == '.' {
        i += 1;
        sp.precision = Some(number(&mut i)?.ok_or(SpecError::MissingPrecision)?);
    }
    if i < c.len() {
        sp.ty = Some(c[i]);
        i += 1;
    }
    if i != c.len() {
        return Err(SpecError::Invalid);
    }
    Ok(sp)
}

fn pad(s: &str, sp: &Spec, default_align: char) -> String {
    let len = s.chars().count();
    if len >= sp.width {
        return s.to_string();
    }
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let n = sp.width - len;
    let (before, after) = match sp.align.unwrap_or(default_align) {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    let mut out = String::with_capacity(s.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, before));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, after));
    out
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn int_is_negative(n: IntRef) -> bool {
    match n {
        IntRef::Small(i) => i < 0,
        IntRef::Big(b) => b.is_negative(),
    }
}

/// The digits of an int's absolute value in `radix` (lowercase); small ints skip big-int
/// arithmetic.
fn magnitude_digits(vm: &Vm, n: IntRef, radix: u32) -> PyResult<String> {
    match n {
        IntRef::Small(i) => {
            let mut m = i.unsigned_abs();
            let mut buf = [0u8; 64];
            let mut at = buf.len();
            loop {
                at -= 1;
                buf[at] = b"0123456789abcdef"[(m % radix as u64) as usize];
                m /= radix as u64;
                if m == 0 {
                    break;
                }
            }
            Ok(buf[at..].iter().map(|&b| b as char).collect())
        }
        IntRef::Big(b) if radix == 10 => bigint_decimal(vm, &b.abs()),
        IntRef::Big(b) => Ok(b.abs().to_str_radix(radix)),
    }
}

/// Applies sign, zero-padding (`=` alignment) and width to a formatted magnitude.
fn finish_number(neg: bool, prefix: &str, body: String, sp: &Spec) -> String {
    if !neg && prefix.is_empty() && sp.sign.is_none() && sp.width <= body.len() {
        // Nothing to add (the body is ASCII digits, so its length is its width).
        return body;
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let mut head = String::with_capacity(sign.len() + prefix.len());
    head.push_str(sign);
    head.push_str(prefix);
    if sp.zero && sp.align.is_none() || sp.align == Some('=') {
        let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
        if fill == '0'
            && let Some(g) = sp.grouping
            && body.starts_with(|c: char| c.is_ascii_hexdigit())
        {
            // Zero padding is part of the number: the zeros are grouped like its digits.
            let hex = matches!(sp.ty, Some('x' | 'X'));
            let split = body.find(|c: char| {
                !(if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }) && c != g
            });
            let (int_part, rest) = body.split_at(split.unwrap_or(body.len()));
            let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            let min = sp
                .width
                .saturating_sub(head.chars().count() + rest.chars().count());
            let mut digits: String = int_part.chars().filter(|&c| c != g).collect();
            let mut grouped = group(&digits, g, every);
            while grouped.len() < min {
                digits.insert(0, '0');
                grouped = group(&digits, g, every);
            }
            return format!("{head}{grouped}{rest}");
        }
        let len = head.chars().count() + body.chars().count();
        let padn = sp.width.saturating_sub(len);
        let mut out = String::with_capacity(head.len() + padn * fill.len_utf8() + body.len());
        out.push_str(&head);
        out.extend(std::iter::repeat_n(fill, padn));
        out.push_str(&body);
        return out;
    }
    if head.is_empty() {
        return pad(&body, sp, '>');
    }
    pad(&format!("{head}{body}"), sp, '>')
}

fn format_int(vm: &Vm, n: IntRef, sp: &Spec) -> PyResult<String> {
    let neg = int_is_negative(n);
    let (digits, prefix) = match sp.ty {
        None | Some('d') | Some('n') => (magnitude_digits(vm, n, 10)?, ""),
        Some('x') => (magnitude_digits(vm, n, 16)?, "0x"),
        Some('X') => (magnitude_digits(vm, n, 16)?.to_uppercase(), "0X"),
        Some('o') => (magnitude_digits(vm, n, 8)?, "0o"),
        Some('b') => (magnitude_digits(vm, n, 2)?, "0b"),
        Some('c') => {
            // Beyond a C long the conversion itself fails, as in CPython.
            let i = match n {
                IntRef::Small(i) => i,
                IntRef::Big(b) => b.to_i64().ok_or_else(|| {
                    vm.overflow_error("Python int too large to convert to C long")
                })?,
            };
            let c = u32::try_from(i)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| vm.overflow_error("%c arg not in range(0x110000)"))?;
            // Aligned right like the other integer presentations.
            return Ok(pad(&c.to_string(), sp, '>'));
        }
        Some(t) => {
            return Err(vm.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )));
        }
    };
    let digits = match sp.grouping {
        Some(g) => group(
            &digits,
            g,
            if matches!(sp.ty, None | Some('d') | Some('n')) {
                3
            } else {
                4
            },
        ),
        None => digits,
    };
    Ok(finish_number(
        neg,
        if sp.alt { prefix } else { "" },
        digits,
        sp,
    ))
}

pub fn format_float(f: f64, sp: &Spec) -> String {
    let neg = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        let word = if a.is_nan() { "nan" } else { "inf" };
        // The percent type keeps its sign for infinities and NaN too.
        if sp.ty == Some('%') {
            format!("{word}%")
        } else {
            word.to_string()
        }
    } else {
        match sp.ty {
            Some('f') | Some('F') => format!("{:.*}", sp.precision.unwrap_or(6), a),
            Some('%') => format!("{:.*}%", sp.precision.unwrap_or(6), a * 100.0),
            Some('e') | Some('E') => sci(a, sp.precision.unwrap_or(6)),
            Some('g' | 'G' | 'n') => general(a, sp.precision.unwrap_or(6), sp.alt),
            None => match sp.precision {
                Some(p) => {
                    // Like 'g', but switching to exponent form when the exponent reaches
                    // precision - 1, and keeping a fractional digit in fixed form.
                    let p = p.max(1);
                    let exp: i32 = if a == 0.0 {
                        0
                    } else {
                        sci(a, p - 1).split_once('e').unwrap().1.parse().unwrap()
                    };
                    if (-4..p as i32 - 1).contains(&exp) {
                        let s = general(a, p, sp.alt);
                        if s.contains('.') { s } else { format!("{s}.0") }
                    } else {
                        let t = sci(a, p - 1);
                        let (m, e) = t.split_once('e').unwrap();
                        // `#` keeps the trailing zeros.
                        let m = if m.contains('.') && !sp.alt {
                            m.trim_end_matches('0').trim_end_matches('.')
                        } else {
                            m
                        };
                        format!("{m}e{e}")
                    }
                }
                None => float_repr(a),
            },
            _ => float_repr(a),
        }
    };
    if sp.alt && a.is_finite() && !body.contains('.') {
        // `#` keeps the decimal point even with no digits after it.
        match body.find(['e', '%']) {
            Some(i) => body.insert(i, '.'),
            None if matches!(sp.ty, Some('f' | 'F' | 'g' | 'G')) => body.push('.'),
            None => {}
        }
    }
    if upper {
        body = body.to_uppercase();
    }
    let neg = neg && !(sp.z && body.bytes().all(|b| !b.is_ascii_digit() || b == b'0'));
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(['.', 'e', 'E', '%']) {
            Some(i) => (body[..i].to_string(), body[i..].to_string()),
            None => (body.clone(), String::new()),
        };
        if int_part.chars().all(|c| c.is_ascii_digit()) {
            body = format!("{}{rest}", group(&int_part, g, 3));
        }
    }
    finish_number(neg, "", body, sp)
}

fn sci(a: f64, prec: usize) -> String {
    let s = format!("{:.*e}", prec, a);
    let (m, e) = s.split_once('e').unwrap();
    let e: i32 = e.parse().unwrap();
    format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

fn general(a: f64, prec: usize, alt: bool) -> String {
    let p = prec.max(1);
    if a == 0.0 {
        return if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".into()
        };
    }
    let s = format!("{:.*e}", p - 1, a);
    let (_, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    let r = if -4 <= exp && exp < p as i32 {
        format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, a)
    } else {
        sci(a, p - 1)
    };
    if alt {
        return r;
    }
    // Strip trailing zeros of the mantissa.
    match r.split_once('e') {
        Some((m, e)) => {
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            format!("{m}e{e}")
        }
        None => {
            if r.contains('.') {
                r.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                r
            }
        }
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = fmt.downcast::<PyStr>().unwrap().s.to_string();
    let is_mapping = args.kind() == Some(Kind::Dict);
    let items: Vec<Value> = match args.downcast::<PyTuple>() {
        Some(t) => t.0.to_vec(),
        None => vec![args.clone()],
    };
    let mut idx = 0;
    let mut out = String::new();
    let chars: Vec<char> = f.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let spec_start = i;
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let st = i + 1;
            while i < chars.len() && chars[i] != ')' {
                i += 1;
            }
            key = Some(chars[st..i].iter().collect());
            i += 1;
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => sp.sign = sp.sign.or(Some(' ')),
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        let st = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i > st {
            sp.width = chars[st..i].iter().collect::<String>().parse().unwrap_or(0);
        } else if i < chars.len() && chars[i] == '*' {
            i += 1;
            let w = items
                .get(idx)
                .cloned()
                .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
            idx += 1;
            let w = vm.index_value(&w)?;
            // A negative `*` width means left-justified.
            if w < 0 {
                left = true;
            }
            sp.width = w.unsigned_abs() as usize;
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                i += 1;
                let p = items
                    .get(idx)
                    .cloned()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                idx += 1;
                sp.precision = Some(vm.index_value(&p)?.max(0) as usize);
            } else {
                let st = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(chars[st..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        let conv_at = i;
        i += 1;
        if conv == '%' {
            // Only a bare `%%` is a percent sign; with a key, flags, width or precision it is
            // a conversion, which takes an argument and then is not a known one.
            if conv_at == spec_start {
                out.push('%');
                continue;
            }
            if key.is_none() && idx >= items.len() {
                return Err(vm.type_error("not enough arguments for format string"));
            }
            return Err(vm.value_error(format!(
                "unsupported format character '%' (0x25) at index {conv_at}"
            )));
        }
        if left {
            sp.align = Some('<');
            sp.zero = false;
        }
        let arg = match &key {
            Some(k) => {
                let kv = vm.str(k.as_str());
                if is_mapping {
                    match vm.dict_get(args, &kv)? {
                        Some(v) => v,
                        None => return Err(vm.key_error(kv)),
                    }
                } else if matches!(args.kind(), Some(Kind::Tuple) | Some(Kind::Str) | None) {
                    return Err(vm.type_error("format requires a mapping"));
                } else {
                    match vm.getitem(args, &kv) {
                        Ok(v) => v,
                        Err(e) if vm.exc_matches(&e, "KeyError") => return Err(e),
                        Err(_) => return Err(vm.type_error("format requires a mapping")),
                    }
                }
            }
            None => {
                let v = items
                    .get(idx)
                    .cloned()
                    .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
                idx += 1;
                v
            }
        };
        let piece = match conv {
            's' | 'r' | 'a' => {
                let mut s = match conv {
                    's' => vm.str_string(&arg)?,
                    'r' => vm.repr_string(&arg)?,
                    _ => crate::builtins::ascii_escape(&vm.repr_string(&arg)?),
                };
                if let Some(p) = sp.precision {
                    s = s.chars().take(p).collect();
                }
                // The 0 flag pads numbers only.
                sp.zero = false;
                pad(&s, &sp, '>')
            }
            'd' | 'i' | 'u' if let Some(n) = as_int(&arg) => {
                let digits = min_digits(magnitude_digits(vm, n, 10)?, sp.precision);
                finish_number(int_is_negative(n), "", digits, &sp)
            }
            'd' | 'i' | 'u' => {
                let b = match to_bigint(&arg) {
                    Some(b) => b,
                    None => match crate::ops::as_float(&arg) {
                        Some(f) if f.is_nan() => {
                            return Err(vm.value_error("cannot convert float NaN to integer"));
                        }
                        Some(f) if f.is_infinite() => {
                            return Err(
                                vm.err("OverflowError", "cannot convert float infinity to integer")
                            );
                        }
                        Some(f) => crate::ops::big_from_f64(f.trunc()),
                        None => {
                            return Err(vm.type_error(format!(
                                "%{conv} format: a real number is required, not {}",
                                vm.type_name(&arg)
                            )));
                        }
                    },
                };
                let neg = b.is_negative();
                let digits = min_digits(b.abs().to_string(), sp.precision);
                finish_number(neg, "", digits, &sp)
            }
            'x' | 'X' | 'o' => {
                let b = to_bigint(&arg).ok_or_else(|| {
                    vm.type_error(format!(
                        "%{conv} format: an integer is required, not {}",
                        vm.type_name(&arg)
                    ))
                })?;
                let radix = if conv == 'o' { 8 } else { 16 };
                let mut d = b.abs().to_str_radix(radix);
                if conv == 'X' {
                    d = d.to_uppercase();
                }
                let prefix = if sp.alt {
                    match conv {
                        'x' => "0x",
                        'X' => "0X",
                        _ => "0o",
                    }
                } else {
                    ""
                };
                let d = min_digits(d, sp.precision);
                finish_number(b.is_negative(), prefix, d, &sp)
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = crate::ops::as_float(&arg).ok_or_else(|| {
                    vm.type_error(format!("must be real number, not {}", vm.type_name(&arg)))
                })?;
                sp.ty = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(x, &sp)
            }
            'c' => {
                let s = match str_of(&arg) {
                    Some(s) if s.chars().count() == 1 => s.to_string(),
                    None if as_int(&arg).is_some() => {
                        // An int beyond the machine range is out of range too.
                        let i = match as_int(&arg) {
                            Some(IntRef::Small(i)) => i,
                            _ => -1,
                        };
                        match u32::try_from(i).ok().and_then(char::from_u32) {
                            Some(c) => c.to_string(),
                            None => {
                                return Err(
                                    vm.err("OverflowError", "%c arg not in range(0x110000)")
                                );
                            }
                        }
                    }
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                // `%c` pads with spaces whatever the `0` flag says.
                sp.zero = false;
                pad(&s, &sp, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if key_less(&f) && idx < items.len() && !is_mapping {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(vm.str(out))
}

/// `%.Nd` and friends: a precision on an integer conversion is a minimum digit count.
fn min_digits(digits: String, precision: Option<usize>) -> String {
    match precision {
        Some(p) if digits.len() < p => format!("{}{digits}", "0".repeat(p - digits.len())),
        _ => digits,
    }
}

fn key_less(f: &str) -> bool {
    !f.contains("%(")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_cpython_rules() {
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(123.456), "123.456");
    }

    #[test]
    fn format_spec_parsing() {
        let s = parse_spec("*^+#012,.3f").ok().unwrap();
        assert_eq!(
            (s.fill, s.align, s.sign, s.alt, s.width),
            (Some('*'), Some('^'), Some('+'), true, 12)
        );
        assert_eq!(
            (s.grouping, s.precision, s.ty),
            (Some(','), Some(3), Some('f'))
        );
        assert!(parse_spec("10.").is_err());
    }
}
