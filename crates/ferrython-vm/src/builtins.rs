//! The `builtins` module's functions, class construction (`type.__call__`,
//! `__build_class__`), subscription, and registration of every builtin type's methods.

use std::io::Write;

use ferrython_bytecode::Opcode;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::generator::{Driven, Sink};
use crate::objects::*;
use crate::ops::{IntRef, as_float, as_int, is_subtype, to_bigint, type_lookup};
use crate::value::{Kind, Value};
use crate::vm::{NativeFn, PyErr, PyResult, Vm};

/// Splits native-call arguments into positional ones and (name, value) keyword pairs.
pub fn split_kw<'a>(
    args: &'a [Value],
    kwnames: &'a [Value],
) -> (&'a [Value], Vec<(&'a str, &'a Value)>) {
    let n = args.len() - kwnames.len();
    let kws = kwnames
        .iter()
        .zip(&args[n..])
        .map(|(k, v)| (str_of(k).unwrap_or(""), v))
        .collect();
    (&args[..n], kws)
}

fn no_kw(vm: &Vm, name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

pub(crate) fn nargs(vm: &Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            if min == 1 {
                format!("{name}() takes exactly one argument ({} given)", args.len())
            } else {
                format!("{name} expected {min} arguments, got {}", args.len())
            }
        } else if args.len() < min {
            format!(
                "{name} expected at least {min} argument{}, got {}",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                args.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let sys = vm.sys.clone();
    if let Some(m) = sys.downcast::<PyModule>()
        && let Some(out) = vm.dict_get_str(&m.dict, &vm.interned["stdout"])
        && out.kind() != Some(Kind::Module)
        && !out.is(&vm.none)
    {
        // The standard streams write directly; anything else (a file, a StringIO, a
        // user object) through its `write`.
        match native_stream(vm, &out) {
            Some(2) => {
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
            Some(_) => {
                let _ = std::io::stdout().lock().write_all(s.as_bytes());
            }
            None => {
                let sv = vm.str(s);
                vm.call_method(&out, "write", &[sv])?;
            }
        }
        return Ok(());
    }
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    Ok(())
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let v = c as u32;
        if v < 0x80 {
            out.push(c);
        } else if v <= 0xff {
            out.push_str(&format!("\\x{v:02x}"));
        } else if v <= 0xffff {
            out.push_str(&format!("\\u{v:04x}"));
        } else {
            out.push_str(&format!("\\U{v:08x}"));
        }
    }
    out
}

// ----- builtin functions -----------------------------------------------------------------------

fn b_print(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in kws {
        match k {
            "sep" if !v.is(&vm.none) => {
                sep = str_of(v)
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "sep must be None or a string, not {}",
                            vm.type_name(v)
                        ))
                    })?
                    .to_string()
            }
            "end" if !v.is(&vm.none) => {
                end = str_of(v)
                    .ok_or_else(|| {
                        vm.type_error(format!(
                            "end must be None or a string, not {}",
                            vm.type_name(v)
                        ))
                    })?
                    .to_string()
            }
            "file" if !v.is(&vm.none) => file = Some(v.clone()),
            "flush" => flush = vm.truthy(v)?,
            "sep" | "end" | "file" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    let mut pieces = Vec::with_capacity(pos.len());
    for a in pos {
        pieces.push(vm.str_string(a)?);
    }
    let mut s = pieces.join(&sep);
    s.push_str(&end);
    match file {
        Some(f) => {
            if let Some(fd) = native_stream(vm, &f) {
                if fd == 2 {
                    let _ = std::io::stdout().flush();
                    let _ = std::io::stderr().write_all(s.as_bytes());
                } else {
                    let _ = std::io::stdout().write_all(s.as_bytes());
                }
            } else {
                let write = vm.getattr_str(&f, "write")?;
                for (i, piece) in pieces.iter().enumerate() {
                    if i > 0 {
                        let sv = vm.str(sep.as_str());
                        vm.call(&write, &[sv], &[])?;
                    }
                    let sv = vm.str(piece.as_str());
                    vm.call(&write, &[sv], &[])?;
                }
                let ev = vm.str(end.as_str());
                vm.call(&write, &[ev], &[])?;
                if flush {
                    vm.call_method(&f, "flush", &[])?;
                }
            }
        }
        None => {
            write_stdout(vm, &s)?;
            if flush {
                let _ = std::io::stdout().flush();
            }
        }
    }
    Ok(vm.none.clone())
}

/// The file descriptor of `sys.stdout`/`sys.stderr` stream objects created at start-up.
pub fn native_stream(vm: &Vm, f: &Value) -> Option<i64> {
    if !f.is_ptr() {
        return None;
    }
    let attrs = f.header().attrs.borrow();
    let d = attrs.as_ref()?;
    let fd = vm.dict_get_str(d, vm.interned.get("_native_fd")?)?;
    fd.as_small_int()
}

pub(crate) fn b_len(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "len", kw)?;
    nargs(vm, "len", args, 1, 1)?;
    let n = vm.len(&args[0])?;
    Ok(vm.int(n as i64))
}

fn b_repr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "repr", args, 1, 1)?;
    vm.repr(&args[0])
}

fn b_ascii(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "ascii", args, 1, 1)?;
    let r = vm.repr_string(&args[0])?;
    Ok(vm.str(ascii_escape(&r)))
}

pub(crate) fn b_isinstance(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "isinstance", args, 2, 2)?;
    let r = vm.isinstance(&args[0], &args[1])?;
    Ok(vm.bool(r))
}

fn b_issubclass(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "issubclass", args, 2, 2)?;
    let r = vm.issubclass(&args[0], &args[1])?;
    Ok(vm.bool(r))
}

impl Vm {
    pub fn isinstance(&mut self, obj: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(t) = cls.downcast::<PyTuple>() {
            for c in t.0.iter() {
                if self.isinstance(obj, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.kind() != Some(Kind::Type) {
            // Any object whose class defines __instancecheck__ decides for itself.
            let n = self.intern("__instancecheck__");
            let meta = self.type_of(cls);
            if let Some(f) = type_lookup(&meta, &n) {
                let r = self.call(&f, &[cls.clone(), obj.clone()], &[])?;
                return self.truthy(&r);
            }
            return Err(
                self.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
            );
        }
        // An instance of exactly that class is one, whatever `__instancecheck__` would say.
        if obj.is_ptr() && obj.header_type().is_some_and(|t| t.is(cls)) {
            return Ok(true);
        }
        let meta = self.type_of(cls);
        if meta.downcast::<PyType>().unwrap().heap {
            let n = self.intern("__instancecheck__");
            if let Some(f) = type_lookup(&meta, &n) {
                let r = self.call(&f, &[cls.clone(), obj.clone()], &[])?;
                return self.truthy(&r);
            }
        }
        let ty = self.type_of(obj);
        if is_subtype(&ty, cls) {
            return Ok(true);
        }
        // An object may claim another class through `__class__` (proxies do).
        if ty.downcast::<PyType>().is_some_and(|t| t.heap)
            && let Ok(claimed) = self.getattr_str(obj, "__class__")
            && !claimed.is(&ty)
            && claimed.kind() == Some(Kind::Type)
        {
            return Ok(is_subtype(&claimed, cls));
        }
        Ok(false)
    }

    pub fn issubclass(&mut self, c: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(t) = cls.downcast::<PyTuple>() {
            for x in t.0.iter() {
                if self.issubclass(c, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if cls.kind() != Some(Kind::Type) {
            let n = self.intern("__subclasscheck__");
            let meta = self.type_of(cls);
            if let Some(f) = type_lookup(&meta, &n) {
                let r = self.call(&f, &[cls.clone(), c.clone()], &[])?;
                return self.truthy(&r);
            }
            return Err(self
                .type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        let meta = self.type_of(cls);
        if meta.downcast::<PyType>().unwrap().heap {
            let n = self.intern("__subclasscheck__");
            if let Some(f) = type_lookup(&meta, &n) {
                let r = self.call(&f, &[cls.clone(), c.clone()], &[])?;
                return self.truthy(&r);
            }
        }
        if c.kind() != Some(Kind::Type) {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        }
        Ok(is_subtype(c, cls))
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let heap = self.type_of(v).downcast::<PyType>().unwrap().heap;
        if heap && let Some(r) = self.call_special(v, "__len__", &[])? {
            if let Some(crate::ops::IntRef::Big(b)) = crate::ops::as_int(&r)
                && b.to_i64().is_none()
            {
                return Err(if b.is_negative() {
                    self.value_error("__len__() should return >= 0")
                } else {
                    self.overflow_error("cannot fit 'int' into an index-sized integer")
                });
            }
            let n = self.index_value(&r)?;
            if n < 0 {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
        {
            match v.kind() {
                Some(Kind::Str) => return Ok(v.downcast::<PyStr>().unwrap().len),
                Some(Kind::List) => return Ok(v.downcast::<PyList>().unwrap().0.borrow().len()),
                Some(Kind::Tuple) => return Ok(v.downcast::<PyTuple>().unwrap().0.len()),
                Some(Kind::Dict) => return Ok(v.downcast::<PyDict>().unwrap().0.borrow().len()),
                Some(Kind::Set) => return Ok(v.downcast::<PySet>().unwrap().table.borrow().len()),
                Some(Kind::Bytes) => return Ok(v.downcast::<PyBytes>().unwrap().b.len()),
                Some(Kind::ByteArray) => {
                    return Ok(v.downcast::<PyByteArray>().unwrap().0.borrow().len());
                }
                Some(Kind::Range) => {
                    let n = range_len(self, v)?;
                    return match n.to_i64() {
                        Some(n) => Ok(n as usize),
                        None => {
                            Err(self.overflow_error("Python int too large to convert to C ssize_t"))
                        }
                    };
                }
                Some(Kind::Wrapper) => {
                    let w = v.downcast::<PyWrapper>().unwrap();
                    if let Some(d) = w.func.downcast::<PyDict>() {
                        return Ok(d.0.borrow().len());
                    }
                }
                _ => {}
            }
        }
        match self.call_special(v, "__len__", &[])? {
            Some(r) => {
                let n = match as_int(&r) {
                    Some(_) => self.index_value(&r)?,
                    None => {
                        return Err(self.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            self.type_name(&r)
                        )));
                    }
                };
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                Ok(n as usize)
            }
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }
}

fn b_iter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        return Ok(vm.iter_obj(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    vm.iter(&args[0])
}

fn b_next(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let plain_gen = crate::coroutine::is_plain_generator(vm, it);
    let is_iter = it.kind() == Some(Kind::Iter) || plain_gen || {
        let t = vm.type_of(it);
        let n = vm.intern("__next__");
        type_lookup(&t, &n).is_some()
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    if plain_gen {
        let none = vm.none.clone();
        return match crate::generator::resume(vm, it, none, None)? {
            Ok(v) => Ok(v),
            Err(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(if r.is(&vm.none) { None } else { Some(r) })),
            },
        };
    }
    if it.kind() == Some(Kind::Iter) {
        match vm.next(it)? {
            Some(v) => return Ok(v),
            None => {
                return match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(None)),
                };
            }
        }
    }
    match vm.call_special(it, "__next__", &[]) {
        Ok(Some(v)) => Ok(v),
        Err(e) if args.len() == 2 && vm.exc_matches(&e, "StopIteration") => Ok(args[1].clone()),
        Err(e) => Err(e),
        Ok(None) => unreachable!(),
    }
}

fn b_hash(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "hash", args, 1, 1)?;
    let h = vm.hash(&args[0])?;
    Ok(vm.int(h))
}

fn b_id(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "id", args, 1, 1)?;
    Ok(vm.int(args[0].id() as i64))
}

fn b_callable(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "callable", args, 1, 1)?;
    let r = is_callable(vm, &args[0]);
    Ok(vm.bool(r))
}

/// `callable(v)`.
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Function) | Some(Kind::Builtin) | Some(Kind::Method) | Some(Kind::Type)
    ) || v
        .downcast::<PyWrapper>()
        .is_some_and(|w| w.kind == WrapperKind::StaticMethod)
        || {
            let t = vm.type_of(v);
            let n = vm.intern("__call__");
            type_lookup(&t, &n).is_some()
        }
}

fn b_getattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "getattr", args, 2, 3)?;
    if args[1].kind() != Some(Kind::Str) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    match vm.getattr(&args[0], &args[1]) {
        Err(e) if args.len() == 3 && vm.exc_matches(&e, "AttributeError") => Ok(args[2].clone()),
        r => r,
    }
}

fn b_setattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "setattr", args, 3, 3)?;
    if args[1].kind() != Some(Kind::Str) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    vm.setattr(&args[0], &args[1], args[2].clone())?;
    Ok(vm.none.clone())
}

fn b_hasattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "hasattr", args, 2, 2)?;
    if args[1].kind() != Some(Kind::Str) {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        )));
    }
    match vm.getattr(&args[0], &args[1]) {
        Ok(_) => Ok(vm.true_.clone()),
        Err(e) if vm.exc_matches(&e, "AttributeError") => Ok(vm.false_.clone()),
        Err(e) => Err(e),
    }
}

fn b_delattr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "delattr", args, 2, 2)?;
    vm.delattr(&args[0], &args[1])?;
    Ok(vm.none.clone())
}

fn b_abs(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "abs", args, 1, 1)?;
    let v = &args[0];
    if let Some(b) = to_bigint(v) {
        return Ok(vm.bigint(b.abs()));
    }
    if let Some(f) = v.downcast::<PyFloat>() {
        return Ok(vm.float(f.0.abs()));
    }
    if let Some(c) = v.downcast::<PyComplex>() {
        return Ok(vm.float(c.re.hypot(c.im)));
    }
    match vm.call_special(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &[Value], is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kws) = split_kw(args, kw);
    if kws.len() > 2 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            kws.len()
        )));
    }
    let mut key = None;
    let mut default = None;
    for (k, v) in kws {
        match k {
            "key" if !v.is(&vm.none) => key = Some(v.clone()),
            "key" => {}
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, std::slice::from_ref(&best), &[])?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        let better = if let (Some(x), Some(y)) = (k.as_small_int(), best_key.as_small_int()) {
            if is_max { x > y } else { x < y }
        } else {
            let op = if is_max {
                ferrython_bytecode::CmpOp::Gt
            } else {
                ferrython_bytecode::CmpOp::Lt
            };
            let r = vm.compare(&k, &best_key, op)?;
            vm.truthy(&r)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_max(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}

fn b_min(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn b_sum(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    nargs(vm, "sum", pos, 1, 2)?;
    let mut acc = pos.get(1).cloned().unwrap_or(vm.int(0));
    for (k, v) in kws {
        if k == "start" {
            acc = v.clone();
        }
    }
    match acc.kind() {
        Some(Kind::Str) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Some(Kind::Bytes) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        Some(Kind::ByteArray) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    // The compensation applies only when it is a finite non-zero correction.
    let finish = |s: f64, c: f64| if c != 0.0 && c.is_finite() { s + c } else { s };
    let it = vm.iter(&pos[0])?;
    let plain_generator = crate::coroutine::is_plain_generator(vm, &it);
    // Float sums use compensated (Neumaier) summation, as CPython does.
    let mut fsum: Option<(f64, f64)> = None;
    loop {
        // A generator's small ints and floats are added up as it yields them.
        let sink = match (fsum, acc.as_small_int()) {
            _ if !plain_generator => None,
            (Some((s, c)), _) => Some(Sink::FloatSum(s, c)),
            (None, Some(i)) => Some(Sink::IntSum(i)),
            (None, None) => None,
        };
        let x = match sink {
            Some(mut sink) => {
                let r = crate::generator::drive(vm, &it, &mut sink)?;
                match sink {
                    Sink::FloatSum(s, c) => fsum = Some((s, c)),
                    Sink::IntSum(i) => acc = vm.int(i),
                    _ => {}
                }
                match r {
                    Driven::Finished => break,
                    Driven::Declined(x) => x,
                }
            }
            None => match vm.next(&it)? {
                Some(x) => x,
                None => break,
            },
        };
        if let Some((s, c)) = fsum.as_mut() {
            if let Some(f) = x
                .downcast::<PyFloat>()
                .map(|f| f.0)
                .or_else(|| x.as_small_int().map(|i| i as f64))
            {
                (*s, *c) = crate::generator::compensated_add(*s, *c, f);
                continue;
            }
            let (s, c) = fsum.take().unwrap();
            acc = vm.float(finish(s, c));
        }
        if x.kind() == Some(Kind::Float) && (acc.kind() == Some(Kind::Float) || acc.is_small_int())
        {
            let start = as_float(&acc).unwrap();
            let f = x.downcast::<PyFloat>().unwrap().0;
            fsum = Some(crate::generator::compensated_add(start, 0.0, f));
            continue;
        }
        acc = vm.binary_op(&acc, &x, ferrython_bytecode::BinOp::Add, false)?;
    }
    if let Some((s, c)) = fsum {
        return Ok(vm.float(finish(s, c)));
    }
    Ok(acc)
}

fn b_sorted(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect(&pos[0])?;
    let l = vm.list(items);
    let mut a = vec![l.clone()];
    let mut names = Vec::new();
    for (k, v) in kws {
        a.push(v.clone());
        names.push(vm.str(k));
    }
    list_sort(vm, &a, &names)?;
    Ok(l)
}

fn b_any(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "any", args, 1, 1)?;
    let found = first_with_truth(vm, &args[0], true)?;
    Ok(vm.bool(found))
}

fn b_all(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "all", args, 1, 1)?;
    let found = first_with_truth(vm, &args[0], false)?;
    Ok(vm.bool(!found))
}

/// Whether iterating `iterable` reaches an item whose truth value is `truth` (consuming
/// items up to it): `any` and `all`.
fn first_with_truth(vm: &mut Vm, iterable: &Value, truth: bool) -> PyResult<bool> {
    let it = vm.iter(iterable)?;
    let plain_generator = crate::coroutine::is_plain_generator(vm, &it);
    loop {
        let x = if plain_generator {
            match crate::generator::drive(vm, &it, &mut Sink::Until(truth))? {
                Driven::Finished => return Ok(false),
                Driven::Declined(x) => x,
            }
        } else {
            match vm.next(&it)? {
                Some(x) => x,
                None => return Ok(false),
            }
        };
        if vm.truthy(&x)? == truth {
            return Ok(true);
        }
    }
}

fn b_enumerate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut start = pos.get(1).cloned().unwrap_or(vm.int(0));
    for (k, v) in kws {
        if k == "start" {
            start = v.clone();
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    // The count is an exact int: a bool or an object with `__index__` gives its value.
    let start = match as_int(&start) {
        Some(IntRef::Small(i)) => vm.int(i),
        Some(IntRef::Big(_)) => start,
        None => match vm.call_index(&start)? {
            Some(i) => i,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&start)
                )));
            }
        },
    };
    let it = vm.iter(&pos[0])?;
    Ok(vm.iter_obj(IterState::Enumerate {
        it,
        count: start,
        last: None,
    }))
}

fn b_zip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    let mut strict = false;
    for (k, v) in kws {
        if k == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut its = Vec::new();
    for p in pos.iter() {
        match vm.iter(p) {
            Ok(it) => its.push(it),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.iter_obj(IterState::Zip {
        its: its.into(),
        strict,
        last: None,
    }))
}

fn b_map(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(vm.iter_obj(IterState::Map {
        func: args[0].clone(),
        its,
    }))
}

fn b_filter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "filter", args, 2, 2)?;
    let it = vm.iter(&args[1])?;
    Ok(vm.iter_obj(IterState::Filter {
        func: args[0].clone(),
        it,
    }))
}

fn b_reversed(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "reversed", args, 1, 1)?;
    let v = &args[0];
    if let Some(r) = vm.call_special(v, "__reversed__", &[])? {
        return Ok(r);
    }
    if let Some(r) = v.downcast::<PyRange>()
        && let (Some(start), Some(stop), Some(step)) = (
            r.start.as_small_int(),
            r.stop.as_small_int(),
            r.step.as_small_int(),
        )
    {
        // The same numbers walked from the last one back.
        let n = if step > 0 {
            (stop - start + step - 1).max(0) / step
        } else {
            (start - stop - step - 1).max(0) / -step
        };
        let last = start + (n - 1) * step;
        return Ok(vm.iter_obj(IterState::Range {
            cur: last,
            stop: start - step,
            step: -step,
        }));
    }
    if let Some(w) = v.downcast::<PyWrapper>()
        && matches!(
            w.kind,
            WrapperKind::DictKeys | WrapperKind::DictValues | WrapperKind::DictItems
        )
    {
        let items = vm.collect(v)?;
        let l = vm.list(items);
        let n = vm.len(&l)? as isize;
        return Ok(vm.iter_obj(IterState::Reversed { seq: l, idx: n - 1 }));
    }
    if v.kind() == Some(Kind::Range) {
        let items = vm.collect(v)?;
        let l = vm.list(items);
        let n = vm.len(&l)? as isize;
        return Ok(vm.iter_obj(IterState::Reversed { seq: l, idx: n - 1 }));
    }
    if matches!(v.kind(), Some(Kind::Dict) | Some(Kind::Set)) && v.kind() == Some(Kind::Set) {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))));
    }
    if v.kind() == Some(Kind::Dict) {
        let keys: Vec<Value> = v
            .downcast::<PyDict>()
            .unwrap()
            .0
            .borrow()
            .iter()
            .map(|e| e.key.clone())
            .collect();
        let l = vm.list(keys);
        let n = vm.len(&l)? as isize;
        return Ok(vm.iter_obj(IterState::Reversed { seq: l, idx: n - 1 }));
    }
    let t = vm.type_of(v);
    let gi = vm.intern("__getitem__");
    let builtin_seq = matches!(
        v.kind(),
        Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Str) | Some(Kind::Bytes)
    );
    if !builtin_seq && (type_lookup(&t, &gi).is_none() || v.kind() == Some(Kind::Set)) {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))));
    }
    let n = vm.len(v)? as isize;
    Ok(vm.iter_obj(IterState::Reversed {
        seq: v.clone(),
        idx: n - 1,
    }))
}

fn new_enumerate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    b_enumerate(vm, &args[1..], kw)
}

fn new_zip(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    b_zip(vm, &args[1..], kw)
}

fn new_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "map", kw)?;
    b_map(vm, &args[1..], kw)
}

fn new_filter(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "filter", kw)?;
    b_filter(vm, &args[1..], kw)
}

fn new_reversed(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "reversed", kw)?;
    b_reversed(vm, &args[1..], kw)
}

fn b_chr(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "chr", args, 1, 1)?;
    let i = vm.index_value(&args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_str(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn b_ord(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "ord", args, 1, 1)?;
    if let Some(s) = args[0].downcast::<PyStr>() {
        if s.len != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.len
            )));
        }
        return Ok(vm.int(s.s.chars().next().unwrap() as i64));
    }
    if let Some(b) = args[0].downcast::<PyBytes>() {
        if b.b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.b.len()
            )));
        }
        return Ok(vm.int(b.b[0] as i64));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(&args[0])
    )))
}

fn radix_str(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let b = match to_bigint(v) {
        Some(b) => b,
        None => {
            let i = vm.index_value(v)?;
            BigInt::from(i)
        }
    };
    let s = if b.is_negative() {
        format!("-{prefix}{}", (-b).to_str_radix(radix))
    } else {
        format!("{prefix}{}", b.to_str_radix(radix))
    };
    Ok(vm.str(s))
}

fn b_hex(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "hex", args, 1, 1)?;
    radix_str(vm, &args[0], 16, "0x")
}

fn b_oct(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "oct", args, 1, 1)?;
    radix_str(vm, &args[0], 8, "0o")
}

fn b_bin(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "bin", args, 1, 1)?;
    radix_str(vm, &args[0], 2, "0b")
}

fn b_divmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "divmod", args, 2, 2)?;
    let numeric = |v: &Value| {
        matches!(
            v.kind(),
            None | Some(Kind::BigInt | Kind::Bool | Kind::Float)
        )
    };
    let exact = |vm: &Vm, v: &Value| {
        numeric(v) && !vm.type_of(v).downcast::<PyType>().is_some_and(|t| t.heap)
    };
    if !(exact(vm, &args[0]) && exact(vm, &args[1])) {
        // A class's __divmod__, then the right operand's __rdivmod__.
        for (i, name) in [(0, "__divmod__"), (1, "__rdivmod__")] {
            let (me, other) = (&args[i], &args[1 - i]);
            let ty = vm.type_of(me);
            let n = vm.intern(name);
            if let Some(f) = type_lookup(&ty, &n)
                && f.kind() != Some(Kind::Builtin)
            {
                let r = vm.call_slot(&f, me, &ty, std::slice::from_ref(other), &[])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
        }
        if !(numeric(&args[0]) && numeric(&args[1])) {
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                vm.type_name(&args[0]),
                vm.type_name(&args[1])
            )));
        }
    }
    // Floats name the operation in their zero-division message.
    if (args[0].kind() == Some(Kind::Float) || args[1].kind() == Some(Kind::Float))
        && crate::ops::as_float(&args[1]) == Some(0.0)
    {
        return Err(vm.err("ZeroDivisionError", "float divmod()"));
    }
    let q = vm.binary_op(
        &args[0],
        &args[1],
        ferrython_bytecode::BinOp::FloorDiv,
        false,
    )?;
    let r = vm.binary_op(&args[0], &args[1], ferrython_bytecode::BinOp::Mod, false)?;
    Ok(vm.tuple(vec![q, r]))
}

pub(crate) fn b_pow(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "pow", args, 2, 3)?;
    if args.len() == 3 && !args[2].is(&vm.none) {
        let (Some(b), Some(e), Some(m)) = (
            to_bigint(&args[0]),
            to_bigint(&args[1]),
            to_bigint(&args[2]),
        ) else {
            // A class's own three-argument __pow__ (ternary pow never tries __rpow__).
            let ty = vm.type_of(&args[0]);
            let name = vm.intern("__pow__");
            if let Some(f) = type_lookup(&ty, &name)
                && f.kind() != Some(Kind::Builtin)
            {
                let r = vm.call_slot(&f, &args[0], &ty, &args[1..], &[])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
            let numeric = |v: &Value| {
                matches!(
                    v.kind(),
                    None | Some(Kind::BigInt | Kind::Bool | Kind::Float | Kind::Complex)
                )
            };
            if args.iter().all(numeric) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&args[0]),
                vm.type_name(&args[1]),
                vm.type_name(&args[2])
            )));
        };
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_negative() {
            // Modular inverse by the extended Euclidean algorithm.
            let mm = m.abs();
            let (mut r0, mut r1) = (num_integer::Integer::mod_floor(&b, &mm), mm.clone());
            let (mut s0, mut s1) = (BigInt::from(1), BigInt::zero());
            while !r1.is_zero() {
                let q = num_integer::Integer::div_floor(&r0, &r1);
                let r2 = &r0 - &q * &r1;
                r0 = std::mem::replace(&mut r1, r2);
                let s2 = &s0 - &q * &s1;
                s0 = std::mem::replace(&mut s1, s2);
            }
            if r0 != BigInt::from(1) {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
            (num_integer::Integer::mod_floor(&s0, &mm), -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if !r.is_zero() && r.is_negative() != m.is_negative() {
            r + &m
        } else {
            r
        };
        return Ok(vm.bigint(r));
    }
    vm.binary_op(&args[0], &args[1], ferrython_bytecode::BinOp::Pow, false)
}

fn b_round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, _) = split_kw(args, kw);
    nargs(vm, "round", pos, 1, 2)?;
    let nd = pos.get(1).filter(|v| !v.is(&vm.none)).cloned();
    let v = &pos[0];
    if let Some(b) = to_bigint(v) {
        let Some(nd) = nd else {
            return Ok(vm.bigint(b));
        };
        let n = vm.index_value(&nd)?;
        if n >= 0 {
            return Ok(vm.bigint(b));
        }
        let m = num_traits::pow(BigInt::from(10), (-n) as usize);
        let q = num_integer::Integer::div_floor(&b, &m);
        let r = &b - &q * &m;
        let twice = &r * 2;
        let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
            q + 1
        } else {
            q
        };
        return Ok(vm.bigint(q * m));
    }
    if let Some(f) = v.downcast::<PyFloat>().map(|f| f.0) {
        match nd {
            None => {
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        vm.value_error("cannot convert float NaN to integer")
                    } else {
                        vm.overflow_error("cannot convert float infinity to integer")
                    });
                }
                let r = f.round_ties_even();
                return Ok(vm.bigint(crate::ops::big_from_f64(r)));
            }
            Some(nd) => {
                let n = vm.index_value(&nd)?;
                if !f.is_finite() || n > 300 {
                    return Ok(vm.float(f));
                }
                // Round through the exact decimal representation.
                let s = format!("{:.*}", n.max(0) as usize, f);
                let r: f64 = if n >= 0 {
                    let exact = format!("{:.*}", (n + 25) as usize, f);
                    round_half_even_str(&exact, n as usize).parse().unwrap_or(f)
                } else {
                    // Move the decimal point k places left in the exact digits, round to an
                    // integer, and move it back.
                    let k = (-n) as usize;
                    let exact = format!("{:.25}", f.abs());
                    let (ip, fp) = exact.split_once('.').unwrap_or((&exact, ""));
                    let ip = format!("{}{ip}", "0".repeat((k + 1).saturating_sub(ip.len())));
                    let shifted = format!("{}.{}{fp}", &ip[..ip.len() - k], &ip[ip.len() - k..]);
                    let int = round_half_even_str(&shifted, 0);
                    let r: f64 = format!("{}{}", int.trim_end_matches('.'), "0".repeat(k))
                        .parse()
                        .unwrap_or(f);
                    if f.is_sign_negative() { -r } else { r }
                };
                let _ = s;
                return Ok(vm.float(r));
            }
        }
    }
    match vm.call_special(
        v,
        "__round__",
        pos.get(1).map(std::slice::from_ref).unwrap_or(&[]),
    )? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(v)
        ))),
    }
}

/// Rounds a decimal string with many digits to `n` fractional digits, ties to even.
fn round_half_even_str(s: &str, n: usize) -> String {
    let neg = s.starts_with('-');
    let s = s.trim_start_matches('-');
    let (ip, fp) = s.split_once('.').unwrap_or((s, ""));
    let keep = &fp[..n.min(fp.len())];
    let rest = &fp[n.min(fp.len())..];
    let mut digits: Vec<u8> = format!("{ip}{keep}").bytes().map(|b| b - b'0').collect();
    let first = rest.bytes().next().map(|b| b - b'0').unwrap_or(0);
    let beyond = rest.bytes().skip(1).any(|b| b != b'0');
    let last_odd = digits.last().is_some_and(|d| d % 2 == 1);
    if first > 5 || (first == 5 && (beyond || last_odd)) {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, 1);
                break;
            }
            i -= 1;
            if digits[i] == 9 {
                digits[i] = 0;
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let all: String = digits.iter().map(|d| (d + b'0') as char).collect();
    let split = all.len() - n;
    let out = if n > 0 {
        format!("{}.{}", &all[..split], &all[split..])
    } else {
        all
    };
    if neg { format!("-{out}") } else { out }
}

fn b_input(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        write_stdout(vm, &s)?;
        let _ = std::io::stdout().flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.err("EOFError", "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(vm.str(line))
        }
        Err(e) => Err(vm.err("OSError", e.to_string())),
    }
}

fn b_globals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm
        .frames
        .last()
        .map(|f| f.globals.clone())
        .unwrap_or(vm.none.clone()))
}

fn b_locals(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Ok(vm.none.clone());
    };
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let code = f.code.clone();
    let base = f.base;
    let d = vm.dict();
    for i in 0..code.nlocalsplus {
        let v = vm.stack[base + i].clone();
        if v.is_null() {
            continue;
        }
        let v = if i >= code.bc.varnames.len() {
            match v.downcast::<PyCell>().and_then(|c| c.0.borrow().clone()) {
                Some(x) => x,
                None => continue,
            }
        } else {
            v
        };
        let k = vm.intern(code.bc.local_name(i));
        vm.dict_set(&d, k, v)?;
    }
    Ok(d)
}

/// `locals()` of the running frame.
pub fn locals_dict(vm: &mut Vm) -> PyResult<Value> {
    b_locals(vm, &[], &[])
}

fn b_vars(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() {
        return b_locals(vm, args, kw);
    }
    match vm.getattr_str(&args[0], "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_dir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let l = b_locals(vm, &[], &[])?;
            for e in l.downcast::<PyDict>().unwrap().0.borrow().iter() {
                names.push(str_of(&e.key).unwrap_or("").to_string());
            }
        }
        Some(o) => {
            // A `__dir__` defined in Python (on the class, or the metaclass for classes).
            let ty = vm.type_of(o);
            let n = vm.intern("__dir__");
            if let Some(f) = type_lookup(&ty, &n)
                && f.kind() == Some(Kind::Function)
            {
                let r = vm.call(&f, std::slice::from_ref(o), &[])?;
                let items = vm.collect(&r)?;
                let l = vm.list(items);
                list_sort(vm, std::slice::from_ref(&l), &[])?;
                return Ok(l);
            }
            if let Some(m) = o.downcast::<PyModule>() {
                // PEP 562: a module-level `__dir__` function answers for the module.
                let d = m.dict.clone();
                if let Some(f) = vm.dict_get_str(&d, &n) {
                    let r = vm.call(&f, &[], &[])?;
                    let items = vm.collect(&r)?;
                    let l = vm.list(items);
                    list_sort(vm, std::slice::from_ref(&l), &[])?;
                    return Ok(l);
                }
                for e in m.dict.downcast::<PyDict>().unwrap().0.borrow().iter() {
                    names.push(str_of(&e.key).unwrap_or("").to_string());
                }
            } else {
                if let Some(d) = vm.attrs_dict(o) {
                    for e in d.downcast::<PyDict>().unwrap().0.borrow().iter() {
                        names.push(str_of(&e.key).unwrap_or("").to_string());
                    }
                }
                let t = if o.kind() == Some(Kind::Type) {
                    o.clone()
                } else {
                    vm.type_of(o)
                };
                // Attributes every object has through descriptors of `object` and of
                // classes whose instances carry a `__dict__`.
                names.push("__class__".to_string());
                let has_dict = t
                    .downcast::<PyType>()
                    .unwrap()
                    .mro
                    .borrow()
                    .iter()
                    .any(|m| {
                        m.downcast::<PyType>()
                            .is_some_and(|mt| mt.heap && mt.slots.borrow().is_none())
                    });
                if has_dict {
                    names.push("__dict__".to_string());
                    names.push("__weakref__".to_string());
                }
                for m in t.downcast::<PyType>().unwrap().mro.borrow().iter() {
                    let mt = m.downcast::<PyType>().unwrap();
                    if !mt.heap {
                        let data = builtin_data_attributes(&mt.name.borrow());
                        names.extend(data.iter().map(|n| n.to_string()));
                    }
                    for e in m
                        .downcast::<PyType>()
                        .unwrap()
                        .dict
                        .downcast::<PyDict>()
                        .unwrap()
                        .0
                        .borrow()
                        .iter()
                    {
                        names.push(str_of(&e.key).unwrap_or("").to_string());
                    }
                }
            }
        }
    }
    names.sort();
    names.dedup();
    let items = names.into_iter().map(|n| vm.str(n)).collect();
    Ok(vm.list(items))
}

/// The data attributes of builtin types that the interpreter answers itself (they have no
/// entry in the type's namespace), for `dir()`.
fn builtin_data_attributes(type_name: &str) -> &'static [&'static str] {
    match type_name {
        "int" => &["denominator", "imag", "numerator", "real"],
        "float" | "complex" => &["imag", "real"],
        "range" | "slice" => &["start", "step", "stop"],
        "BaseException" => &[
            "__cause__",
            "__context__",
            "__suppress_context__",
            "__traceback__",
            "args",
        ],
        "StopIteration" => &["value"],
        "SystemExit" => &["code"],
        "NameError" => &["name"],
        "AttributeError" => &["name", "obj"],
        "ImportError" => &["msg", "name", "path"],
        "OSError" => &[
            "characters_written",
            "errno",
            "filename",
            "filename2",
            "strerror",
        ],
        "UnicodeError" => &["encoding", "end", "object", "reason", "start"],
        "SyntaxError" => &[
            "end_lineno",
            "end_offset",
            "filename",
            "lineno",
            "msg",
            "offset",
            "text",
        ],
        "generator" => &[
            "gi_code",
            "gi_frame",
            "gi_running",
            "gi_suspended",
            "gi_yieldfrom",
        ],
        "coroutine" => &[
            "cr_await",
            "cr_code",
            "cr_frame",
            "cr_origin",
            "cr_running",
            "cr_suspended",
        ],
        "async_generator" => &[
            "ag_await",
            "ag_code",
            "ag_frame",
            "ag_running",
            "ag_suspended",
        ],
        "code" => &[
            "co_argcount",
            "co_cellvars",
            "co_filename",
            "co_firstlineno",
            "co_flags",
            "co_freevars",
            "co_kwonlyargcount",
            "co_name",
            "co_nlocals",
            "co_posonlyargcount",
            "co_qualname",
            "co_varnames",
        ],
        _ => &[],
    }
}

fn b_format(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    nargs(vm, "format", args, 1, 2)?;
    let spec = args
        .get(1)
        .and_then(|s| str_of(s))
        .unwrap_or("")
        .to_string();
    let s = vm.format(&args[0], &spec)?;
    Ok(vm.str(s))
}

fn b_build_class(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_mro_entries(vm, &orig_bases)?;
    let mut meta: Option<Value> = None;
    let mut extra_kw: Vec<(Value, Value)> = Vec::new();
    for (k, v) in kws {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            extra_kw.push((vm.str(k), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) if m.kind() != Some(Kind::Type) => m,
        Some(m) => most_derived_metaclass(vm, m, &bases)?,
        None => {
            let t = vm.t.type_.clone();
            most_derived_metaclass(vm, t, &bases)?
        }
    };
    let mut prep_args = vec![name.clone(), vm.tuple(bases.clone())];
    let mut prep_names = Vec::new();
    for (k, v) in &extra_kw {
        prep_args.push(v.clone());
        prep_names.push(k.clone());
    }
    let prepare = vm.intern("__prepare__");
    let ns = match vm.getattr(&meta, &prepare) {
        Ok(f) => vm.call(&f, &prep_args, &prep_names)?,
        Err(e) if vm.exc_matches(&e, "AttributeError") => vm.dict(),
        Err(e) => return Err(e),
    };
    if orig_bases.len() != bases.len() || orig_bases.iter().zip(&bases).any(|(a, b)| !a.is(b)) {
        let ob = vm.tuple(orig_bases.clone());
        let key = vm.intern("__orig_bases__");
        vm.setitem(&ns, key, ob)?;
    }
    let f = func.downcast::<PyFunction>().unwrap();
    let (code, globals, builtins) = (f.code.clone(), f.globals.clone(), f.builtins.clone());
    let cell = vm.run_body(
        code,
        globals,
        builtins,
        Some(ns.clone()),
        Some(func.clone()),
    )?;
    let bases_t = vm.tuple(bases);
    let mut cargs = vec![name, bases_t, ns];
    let mut names = Vec::new();
    for (k, v) in extra_kw {
        cargs.push(v);
        names.push(k);
    }
    let cls = vm.call(&meta, &cargs, &names)?;
    // `type.__new__` fills the `__class__` cell from `__classcell__`; a metaclass that did not
    // pass the namespace on would leave methods using `super()` broken.
    if let Some(c) = cell.downcast::<PyCell>()
        && cls.kind() == Some(Kind::Type)
    {
        let set = c.0.borrow().clone();
        match set {
            Some(s) if s.is(&cls) => {}
            Some(s) => {
                let (s, n, c) = (
                    vm.repr_string(&s)?,
                    vm.repr_string(&cargs[0])?,
                    vm.repr_string(&cls)?,
                );
                return Err(vm.type_error(format!("__class__ set to {s} defining {n} as {c}")));
            }
            None => {
                let (n, c) = (vm.repr_string(&cargs[0])?, vm.repr_string(&cls)?);
                return Err(vm.err(
                    "RuntimeError",
                    format!(
                        "__class__ not set defining {n} as {c}. Was __classcell__ propagated to type.__new__?"
                    ),
                ));
            }
        }
    }
    Ok(cls)
}

/// Replaces bases that are not classes by what their `__mro_entries__(bases)` returns.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut all: Option<Value> = None;
    for b in bases {
        if b.kind() == Some(Kind::Type) {
            out.push(b.clone());
            continue;
        }
        let ty = vm.type_of(b);
        let n = vm.intern("__mro_entries__");
        let Some(f) = type_lookup(&ty, &n) else {
            out.push(b.clone());
            continue;
        };
        let orig = all.get_or_insert_with(|| vm.tuple(bases.to_vec())).clone();
        let r = vm.call(&f, &[b.clone(), orig], &[])?;
        let Some(t) = r.downcast::<PyTuple>() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(t.0.iter().cloned());
    }
    Ok(out)
}

/// The metaclass to use: the most derived of `meta` and the metaclasses of the bases, or a
/// TypeError when they are unrelated.
pub fn most_derived_metaclass(vm: &mut Vm, meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for b in bases {
        let bt = vm.type_of(b);
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

impl Vm {
    /// Calls a method found on `ty`'s metatype-free MRO (classmethod-style binding).
    pub fn call_special_on_type(
        &mut self,
        ty: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let n = self.intern(name);
        match type_lookup(ty, &n) {
            Some(f) => {
                let bound = match f.downcast::<PyWrapper>() {
                    Some(w) if w.kind == WrapperKind::ClassMethod => Value::new_object(
                        &self.t.method,
                        PyMethod {
                            func: w.func.clone(),
                            self_: ty.clone(),
                        },
                    ),
                    Some(w) if w.kind == WrapperKind::StaticMethod => w.func.clone(),
                    _ => f,
                };
                Ok(Some(self.call(&bound, args, &[])?))
            }
            None => Ok(None),
        }
    }
}

// ----- type construction ---------------------------------------------------------------------

/// `cls(*args, **kwargs)`.
pub fn call_type(vm: &mut Vm, cls: &Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let meta = vm.type_of(cls);
    if !meta.is(&vm.t.type_) {
        // A metaclass with its own __call__.
        let n = vm.intern("__call__");
        if let Some(f) = type_lookup(&meta, &n)
            && f.kind() == Some(Kind::Function)
        {
            let mut full = vec![cls.clone()];
            full.extend_from_slice(args);
            return vm.call(&f, &full, kw);
        }
    }
    type_call_default(vm, cls, args, kw)
}

/// `type.__call__`: `__new__` then `__init__`.
pub fn type_call_default(
    vm: &mut Vm,
    cls: &Value,
    args: &[Value],
    kw: &[Value],
) -> PyResult<Value> {
    if cls.is(&vm.t.type_) && args.len() == 1 && kw.is_empty() {
        return Ok(vm.type_of(&args[0]));
    }
    let Some(t) = cls.downcast::<PyType>() else {
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            vm.type_name(cls)
        )));
    };
    // A builtin type itself (not a subclass): its native constructor does all the work, and
    // its `__new__` and `__init__` cannot have been replaced.
    if !t.heap
        && let Some(ctor) = t.new.get()
    {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(cls.clone());
        full.extend_from_slice(args);
        return ctor(vm, &full, kw);
    }
    let new_n = vm.names.new.clone();
    let init_n = vm.names.init.clone();
    let new = type_lookup(cls, &new_n);
    let obj = match new {
        Some(f) if f.kind() == Some(Kind::Function) || f.downcast::<PyWrapper>().is_some() => {
            let f = match f.downcast::<PyWrapper>() {
                Some(w) => w.func.clone(),
                None => f,
            };
            let mut full = vec![cls.clone()];
            full.extend_from_slice(args);
            vm.call(&f, &full, kw)?
        }
        _ => {
            // Builtin base: find the first native constructor along the MRO.
            let mut ctor = None;
            for m in t.mro.borrow().iter() {
                if let Some(n) = m.downcast::<PyType>().unwrap().new.get() {
                    ctor = Some(n);
                    break;
                }
            }
            match ctor {
                Some(n) => {
                    // Mutable containers are filled by `__init__`: when a subclass defines
                    // its own, the constructor only allocates.
                    let user_init = t.heap
                        && matches!(
                            t.layout,
                            Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray
                        )
                        && type_lookup(cls, &init_n)
                            .is_some_and(|f| f.kind() != Some(Kind::Builtin));
                    let mut full = vec![cls.clone()];
                    if user_init {
                        n(vm, &full, &[])?
                    } else {
                        full.extend_from_slice(args);
                        n(vm, &full, kw)?
                    }
                }
                None => {
                    return Err(
                        vm.type_error(format!("cannot create '{}' instances", t.name.borrow()))
                    );
                }
            }
        }
    };
    if !is_subtype(&vm.type_of(&obj), cls) {
        return Ok(obj);
    }
    // A builtin `__init__` had its arguments through the native constructor; any other
    // (a function, or a callable object set on the class) runs now.
    if let Some(init) = type_lookup(cls, &init_n)
        && init.kind() != Some(Kind::Builtin)
    {
        let ty = vm.type_of(&obj);
        let r = vm.call_slot(&init, &obj, &ty, args, kw)?;
        if !r.is(&vm.none) {
            return Err(vm.type_error(format!(
                "__init__() should return None, not '{}'",
                vm.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

fn new_object(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = &args[0];
    let t = cls.downcast::<PyType>().unwrap();
    let init_n = vm.names.init.clone();
    let new_n = vm.names.new.clone();
    let has_init = type_lookup(cls, &init_n).is_some_and(|f| f.kind() != Some(Kind::Builtin));
    let has_new = type_lookup(cls, &new_n).is_some_and(|f| f.kind() != Some(Kind::Builtin));
    if (args.len() > 1 || !kw.is_empty()) && !has_init && !has_new {
        if cls.is(&vm.t.object) {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Err(vm.type_error(format!("{}() takes no arguments", t.name.borrow())));
    }
    check_not_abstract(vm, cls)?;
    Ok(Value::new_object(cls, PyInstance::of(cls)))
}

/// Refuses to instantiate a class whose own `__abstractmethods__` is non-empty.
pub fn check_not_abstract(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let Some(t) = cls.downcast::<PyType>() else {
        return Ok(());
    };
    if !t.heap {
        return Ok(());
    }
    let d = t.dict.clone();
    let key = vm.names.abstractmethods.clone();
    let Some(abstract_methods) = vm.dict_get_str(&d, &key) else {
        return Ok(());
    };
    let mut names: Vec<String> = vm
        .collect(&abstract_methods)?
        .iter()
        .filter_map(|v| str_of(v).map(|s| s.to_string()))
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let s = if names.len() == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{s} {}",
        t.name.borrow(),
        quoted.join(", ")
    )))
}

fn object_new(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(cls) = args.first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.kind() != Some(Kind::Type) {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    }
    let t = cls.downcast::<PyType>().unwrap();
    match t.layout {
        Kind::Instance => {
            check_not_abstract(vm, cls)?;
            Ok(Value::new_object(cls, PyInstance::of(cls)))
        }
        Kind::Exception if is_subtype(cls, &vm.exc_type("OSError")) => {
            crate::oserror::new(vm, cls, &args[1..])
        }
        Kind::Exception => Ok(vm.new_exception(cls, args[1..].to_vec())),
        _ => {
            let ctor = t
                .mro
                .borrow()
                .iter()
                .find_map(|m| m.downcast::<PyType>().unwrap().new.get());
            if let Some(n) = ctor {
                return n(vm, args, _kw);
            }
            Ok(Value::new_object(cls, PyInstance::of(cls)))
        }
    }
}

/// `object.__getstate__()`: the instance dict (None when empty or absent), paired with a
/// dict of the set `__slots__` values when there are any.
fn object_getstate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj] = args else {
        return Err(vm.type_error("object.__getstate__() takes no arguments"));
    };
    let dict = if obj.is_ptr() {
        vm.attrs_dict(obj).filter(|d| {
            d.downcast::<PyDict>()
                .is_some_and(|p| !p.0.borrow().is_empty())
        })
    } else {
        None
    };
    let state = dict.unwrap_or_else(|| vm.none.clone());
    let ty = vm.type_of(obj);
    let Some(names) = crate::ops::slots_of(&ty) else {
        return Ok(state);
    };
    let slots = vm.dict();
    for n in names
        .iter()
        .filter(|n| !matches!(&***n, "__dict__" | "__weakref__"))
    {
        let key = vm.intern(n);
        if let Ok(v) = vm.getattr(obj, &key) {
            vm.dict_set(&slots, key, v)?;
        }
    }
    if slots
        .downcast::<PyDict>()
        .is_some_and(|d| d.0.borrow().is_empty())
    {
        return Ok(state);
    }
    Ok(vm.tuple(vec![state, slots]))
}

/// `object.__sizeof__()`: `sys.getsizeof` without the collector's header (16 bytes, and 16
/// more for the managed dict of a class instance).
fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [obj] = args else {
        return Err(vm.type_error("object.__sizeof__() takes no arguments"));
    };
    let m = crate::import::import_absolute(vm, "_sysinfo")?;
    let f = vm.getattr_str(&m, "getsizeof")?;
    let size = vm.call(&f, std::slice::from_ref(obj), &[])?;
    let size = vm.index_value(&size)?;
    let header = match obj.kind() {
        Some(Kind::Instance) if vm.type_of(obj).downcast::<PyType>().is_some_and(|t| t.heap) => 32,
        Some(Kind::List | Kind::Dict | Kind::Set | Kind::Tuple) => 16,
        _ => 0,
    };
    Ok(vm.int((size - header).max(0)))
}

/// `object.__init__`: extra arguments are an error unless the class overrides `__new__`
/// but not `__init__` (the arguments were meant for `__new__`).
fn object_init(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(vm.type_error("descriptor '__init__' of 'object' object needs an argument"));
    };
    // Builtin bases other than object may take arguments in an `__init__` of their own that
    // this VM folds into their constructor: only classes built on object alone are checked.
    let ty = vm.type_of(obj);
    let plain = ty.downcast::<PyType>().is_some_and(|t| {
        t.mro
            .borrow()
            .iter()
            .all(|c| c.is(&vm.t.object) || c.downcast::<PyType>().is_some_and(|ct| ct.heap))
    });
    if plain && (args.len() > 1 || !kw.is_empty()) {
        let object = vm.t.object.clone();
        let inherits_object = |vm: &mut Vm, name: &str| {
            let n = vm.intern(name);
            let mine = type_lookup(&ty, &n);
            let base = type_lookup(&object, &n);
            matches!((mine, base), (Some(a), Some(b)) if a.is(&b))
        };
        if !inherits_object(vm, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_object(vm, "__new__") {
            let name = vm.type_name(obj);
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    Ok(vm.none.clone())
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, _kws) = split_kw(args, kw);
    let meta = &pos[0];
    if meta.kind() != Some(Kind::Type) {
        return Err(vm.type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            vm.type_name(meta)
        )));
    }
    if !is_subtype(meta, &vm.t.type_) {
        let n = meta.downcast::<PyType>().unwrap().name.borrow().clone();
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    if pos.len() == 2 {
        return Ok(vm.type_of(&pos[1]));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    for (i, (v, want, kind)) in [
        (&pos[1], "str", Kind::Str),
        (&pos[2], "tuple", Kind::Tuple),
        (&pos[3], "dict", Kind::Dict),
    ]
    .into_iter()
    .enumerate()
    {
        if v.kind() != Some(kind) {
            return Err(vm.type_error(format!(
                "type.__new__() argument {} must be {want}, not {}",
                i + 1,
                vm.type_name(v)
            )));
        }
    }
    let name = str_of(&pos[1]).unwrap().to_string();
    let mut bases: Vec<Value> = pos[2].downcast::<PyTuple>().unwrap().0.to_vec();
    for b in &bases {
        if b.kind() != Some(Kind::Type) {
            return Err(vm.type_error("bases must be types"));
        }
    }
    // A base's metaclass more derived than the one called takes over, as in CPython.
    let winner = most_derived_metaclass(vm, meta.clone(), &bases)?;
    if !winner.is(meta) {
        let n = vm.names.new.clone();
        if let Some(f) = type_lookup(&winner, &n)
            && f.kind() == Some(Kind::Function)
        {
            let mut a = vec![winner.clone()];
            a.extend_from_slice(&args[1..]);
            return vm.call(&f, &a, kw);
        }
    }
    let meta = &winner;
    if bases.is_empty() {
        bases.push(vm.t.object.clone());
    }
    let ns = pos[3].clone();
    let layout = {
        let mut l = Kind::Instance;
        for b in &bases {
            let bl = b.downcast::<PyType>().unwrap().layout;
            if bl != Kind::Instance {
                if l != Kind::Instance && l != bl {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
                l = bl;
            }
        }
        l
    };
    for (i, b) in bases.iter().enumerate() {
        let bt = b.downcast::<PyType>().unwrap();
        if bases[..i].iter().any(|o| o.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", bt.name.borrow())));
        }
        // Builtin classes that cannot be subclassed.
        const FINAL: &[&str] = &[
            "bool",
            "NoneType",
            "NotImplementedType",
            "ellipsis",
            "range",
            "slice",
            "function",
            "builtin_function_or_method",
            "method",
            "generator",
            "coroutine",
            "async_generator",
            "code",
            "frame",
            "traceback",
            "cell",
        ];
        if !bt.heap && FINAL.contains(&&**bt.name.borrow()) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name.borrow()
            )));
        }
    }
    let mro = c3_mro(vm, &name, &bases)?;
    let cls = vm.new_type(&name, bases.clone(), layout, true);
    cls.set_type(meta);
    let t = cls.downcast::<PyType>().unwrap();
    let mut full_mro = vec![cls.clone()];
    full_mro.extend(mro);
    *t.mro.borrow_mut() = full_mro;
    for b in &bases {
        if let Some(bt) = b.downcast::<PyType>() {
            bt.subclasses.borrow_mut().push(cls.clone());
        }
    }
    crate::ops::bump_type_epoch();

    // Copy the namespace.
    let items: Vec<(Value, Value)> = match ns.downcast::<PyDict>() {
        Some(d) => d.items(),
        None => {
            let keys = vm.mapping_keys(&ns)?;
            let mut out = Vec::new();
            for k in keys {
                let v = vm.getitem(&ns, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    let dict = t.dict.clone();
    for (k, v) in items {
        if str_of(&k) == Some("__classcell__") {
            // The class body's `__class__` cell now refers to the class being made.
            if let Some(c) = v.downcast::<PyCell>() {
                let old = c.0.borrow_mut().replace(cls.clone());
                drop(old);
            }
            continue;
        }
        let v = if matches!(
            str_of(&k),
            Some("__init_subclass__") | Some("__class_getitem__")
        ) && v.kind() == Some(Kind::Function)
        {
            Value::new_object(
                &vm.t.classmethod,
                PyWrapper {
                    kind: WrapperKind::ClassMethod,
                    func: v,
                    dict: Default::default(),
                },
            )
        } else if str_of(&k) == Some("__new__") && v.kind() == Some(Kind::Function) {
            Value::new_object(
                &vm.t.staticmethod,
                PyWrapper {
                    kind: WrapperKind::StaticMethod,
                    func: v,
                    dict: Default::default(),
                },
            )
        } else {
            v
        };
        if str_of(&k) == Some("__qualname__") {
            if let Some(q) = str_of(&v) {
                *t.qualname.borrow_mut() = q.into();
            }
            continue;
        }
        if str_of(&k) == Some("__slots__") {
            // Instances of a base without __slots__ (other than object) have a __dict__.
            let base_has_dict = bases.iter().any(|b| {
                b.downcast::<PyType>().is_some_and(|bt| bt.heap)
                    && crate::ops::slots_of(b).is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
            });
            let names = crate::slots::parse(vm, &name, &v, &ns, layout, base_has_dict)?;
            *t.slots.borrow_mut() = Some(names);
        }
        vm.dict_set(&dict, k, v)?;
    }
    let inherited = crate::slots::inherited_count(vm, &bases)?;
    t.nslots.set(inherited);
    if let Some(names) = t.slots.borrow().clone() {
        crate::slots::install(vm, &cls, &names, inherited);
    }
    if vm.dict_get_name(&dict, "__module__").is_none()
        && let Some(f) = vm.frames.last()
    {
        let g = f.globals.clone();
        if let Some(m) = vm.dict_get_name(&g, "__name__") {
            vm.dict_set_str(&dict, "__module__", m);
        }
    }
    if vm.dict_get_name(&dict, "__doc__").is_none() {
        let none = vm.none.clone();
        vm.dict_set_str(&dict, "__doc__", none);
    }
    let has_del = vm.dict_get_name(&dict, "__del__").is_some()
        || bases
            .iter()
            .any(|b| b.downcast::<PyType>().is_some_and(|bt| bt.has_del.get()));
    t.has_del.set(has_del);
    // A class defining __eq__ without __hash__ is unhashable.
    let eq = vm.intern("__eq__");
    let hash = vm.intern("__hash__");
    if vm.dict_get_str(&dict, &eq).is_some() && vm.dict_get_str(&dict, &hash).is_none() {
        let none = vm.none.clone();
        vm.dict_set(&dict, hash, none)?;
    }
    // __set_name__ and __init_subclass__.
    let entries: Vec<(Value, Value)> = dict.downcast::<PyDict>().unwrap().items();
    for (k, v) in entries {
        let vt = vm.type_of(&v);
        if vt.downcast::<PyType>().unwrap().heap {
            let sn = vm.intern("__set_name__");
            if let Some(f) = type_lookup(&vt, &sn) {
                vm.call(&f, &[v.clone(), cls.clone(), k.clone()], &[])?;
            }
        }
    }
    let isn = vm.intern("__init_subclass__");
    let parent_mro: Vec<Value> = t.mro.borrow()[1..].to_vec();
    for m in parent_mro {
        let md = m.downcast::<PyType>().unwrap().dict.clone();
        if let Some(f) = vm.dict_get_str(&md, &isn) {
            let func = match f.downcast::<PyWrapper>() {
                Some(w) => w.func.clone(),
                None => f,
            };
            if func.kind() == Some(Kind::Function) {
                let (_, kws) = split_kw(args, kw);
                let mut a = vec![cls.clone()];
                let mut names = Vec::new();
                for (k, v) in kws {
                    a.push(v.clone());
                    names.push(vm.str(k));
                }
                vm.call(&func, &a, &names)?;
            } else if !split_kw(args, kw).1.is_empty() {
                // object.__init_subclass__ accepts no keywords.
                let n = t.name.borrow().clone();
                return Err(vm.type_error(format!(
                    "{n}.__init_subclass__() takes no keyword arguments"
                )));
            }
            break;
        }
    }
    Ok(cls)
}

/// `cls.__bases__ = bases`: a non-empty tuple of classes; the class's MRO and those of its
/// subclasses are computed again.
pub fn set_bases(vm: &mut Vm, cls: &Value, value: &Value) -> PyResult<()> {
    let t = cls.downcast::<PyType>().unwrap();
    let name = t.name.borrow().to_string();
    let Some(tuple) = value.downcast::<PyTuple>() else {
        return Err(vm.type_error(format!(
            "can only assign tuple to {name}.__bases__, not {}",
            vm.type_name(value)
        )));
    };
    if tuple.0.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    let bases: Vec<Value> = tuple.0.to_vec();
    for b in &bases {
        if b.downcast::<PyType>().is_none() {
            return Err(vm.type_error(format!(
                "{name}.__bases__ must be tuple of classes, not '{}'",
                vm.type_name(b)
            )));
        }
        if is_subtype(b, cls) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
    }
    let mro = c3_mro(vm, &name, &bases)?;
    for old in t.bases.borrow().iter() {
        if let Some(ot) = old.downcast::<PyType>() {
            ot.subclasses.borrow_mut().retain(|c| !c.is(cls));
        }
    }
    for b in &bases {
        b.downcast::<PyType>()
            .unwrap()
            .subclasses
            .borrow_mut()
            .push(cls.clone());
    }
    *t.bases.borrow_mut() = bases;
    let mut full = vec![cls.clone()];
    full.extend(mro);
    *t.mro.borrow_mut() = full;
    crate::ops::bump_versions(cls);
    // Subclasses inherit through the new bases too.
    let subs = t.subclasses.borrow().clone();
    for sub in subs {
        let sb = sub.downcast::<PyType>().unwrap().bases.borrow().clone();
        let tuple = vm.tuple(sb);
        set_bases(vm, &sub, &tuple)?;
    }
    Ok(())
}

fn c3_mro(vm: &mut Vm, name: &str, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| b.downcast::<PyType>().unwrap().mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // The classes that block the merge: the heads of what is left to merge.
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].downcast::<PyType>().unwrap().name.borrow().to_string();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let _ = name;
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

// ----- subscription -------------------------------------------------------------------------------

/// Resolves a slice against a sequence length: (start, stop, step, count).
pub fn slice_indices(
    vm: &mut Vm,
    s: &PySlice,
    len: usize,
) -> PyResult<(isize, isize, isize, usize)> {
    let len = len as isize;
    let step = if s.step.is(&vm.none) {
        1
    } else {
        let st = vm.index_value(&s.step).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        if st == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        st as isize
    };
    let conv = |vm: &mut Vm, v: &Value, default: isize| -> PyResult<isize> {
        if v.is(&vm.none) {
            return Ok(default);
        }
        let i = match as_int(v) {
            Some(IntRef::Small(i)) => i as i128,
            Some(IntRef::Big(b)) => {
                if b.is_negative() {
                    i64::MIN as i128
                } else {
                    i64::MAX as i128
                }
            }
            None => vm.index_value(v).map_err(|_| {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            })? as i128,
        };
        let i = if i < 0 { i + len as i128 } else { i };
        let (lo, hi) = if step > 0 {
            (0, len as i128)
        } else {
            (-1, len as i128 - 1)
        };
        Ok(i.clamp(lo, hi) as isize)
    };
    let (ds, de) = if step > 0 { (0, len) } else { (len - 1, -1) };
    let start = conv(vm, &s.start, ds)?;
    let stop = conv(vm, &s.stop, de)?;
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

pub(crate) fn seq_index(vm: &mut Vm, k: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match as_int(k) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => match b.to_i64() {
            Some(i) => i,
            None => {
                return Err(vm.err("IndexError", "cannot fit 'int' into an index-sized integer"));
            }
        },
        None => match vm.call_index(k)? {
            Some(r) => vm.index_value(&r)?,
            None => {
                return Err(vm.type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    vm.type_name(k)
                )));
            }
        },
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        // bytes says only "index out of range".
        let msg = match what {
            "byte" => "index out of range".to_string(),
            _ => format!("{what} index out of range"),
        };
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

impl Vm {
    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        let heap = self.type_of(c).downcast::<PyType>().unwrap().heap;
        if !heap {
            match c.kind() {
                Some(Kind::List) => {
                    let l = c.downcast::<PyList>().unwrap();
                    if let Some(i) = k.as_small_int() {
                        let v = l.0.borrow();
                        let j = if i < 0 { i + v.len() as i64 } else { i };
                        if j >= 0 && (j as usize) < v.len() {
                            return Ok(v[j as usize].clone());
                        }
                        return Err(self.index_error("list index out of range"));
                    }
                    if let Some(s) = k.downcast::<PySlice>() {
                        let items = l.0.borrow().clone();
                        let (start, _, step, n) = slice_indices(self, s, items.len())?;
                        let out = (0..n)
                            .map(|i| items[(start + i as isize * step) as usize].clone())
                            .collect();
                        return Ok(self.list(out));
                    }
                    let n = l.0.borrow().len();
                    let i = seq_index(self, k, n, "list")?;
                    return Ok(l.0.borrow()[i].clone());
                }
                Some(Kind::Tuple) => {
                    let t = c.downcast::<PyTuple>().unwrap();
                    if let Some(s) = k.downcast::<PySlice>() {
                        let (start, _, step, n) = slice_indices(self, s, t.0.len())?;
                        let out = (0..n)
                            .map(|i| t.0[(start + i as isize * step) as usize].clone())
                            .collect();
                        return Ok(self.tuple(out));
                    }
                    let i = seq_index(self, k, t.0.len(), "tuple")?;
                    return Ok(t.0[i].clone());
                }
                Some(Kind::Str) => return crate::strings::str_getitem(self, c, k),
                Some(Kind::ByteArray) => {
                    return crate::bytes_methods::bytearray_getitem(self, c, k);
                }
                Some(Kind::Bytes) => {
                    let b = c.downcast::<PyBytes>().unwrap();
                    if let Some(s) = k.downcast::<PySlice>() {
                        let (start, _, step, n) = slice_indices(self, s, b.b.len())?;
                        let out = (0..n)
                            .map(|i| b.b[(start + i as isize * step) as usize])
                            .collect();
                        return Ok(self.bytes(out));
                    }
                    let i = seq_index(self, k, b.b.len(), "byte")?;
                    return Ok(self.int(b.b[i] as i64));
                }
                Some(Kind::Dict) => {
                    return match self.dict_get(c, k)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(k.clone())),
                    };
                }
                Some(Kind::Wrapper)
                    if c.downcast::<PyWrapper>().unwrap().kind == WrapperKind::MappingProxy =>
                {
                    let d = c.downcast::<PyWrapper>().unwrap().func.clone();
                    return match self.dict_get(&d, k)? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(k.clone())),
                    };
                }
                Some(Kind::Range) => {
                    let big_len = range_len(self, c)?;
                    let r = c.downcast::<PyRange>().unwrap();
                    let (start, step) = (to_bigint(&r.start).unwrap(), to_bigint(&r.step).unwrap());
                    if k.downcast::<PySlice>().is_none()
                        && let Some(i) = to_bigint(k)
                    {
                        // Index with big-int arithmetic (ranges may exceed a machine word).
                        let j = if i.is_negative() { &i + &big_len } else { i };
                        if j.is_negative() || j >= big_len {
                            return Err(self.index_error("range object index out of range"));
                        }
                        return Ok(self.bigint(start + step * j));
                    }
                    let n = big_len.to_usize().unwrap_or(0);
                    if let Some(s) = k.downcast::<PySlice>() {
                        let (a, stop_idx, st, _) = slice_indices(self, s, n)?;
                        let nstart = &start + &step * a;
                        let nstep = &step * st;
                        let nstop = &start + &step * stop_idx;
                        let v = Value::new_object(
                            &self.t.range,
                            PyRange {
                                start: self.bigint(nstart),
                                stop: self.bigint(nstop),
                                step: self.bigint(nstep),
                            },
                        );
                        return Ok(v);
                    }
                    let i = seq_index(self, k, n, "range object")?;
                    return Ok(self.bigint(start + step * i));
                }
                Some(Kind::Type) => {
                    if let Some(r) =
                        self.call_special_on_type(c, "__class_getitem__", std::slice::from_ref(k))?
                    {
                        return Ok(r);
                    }
                    if [
                        &self.t.list,
                        &self.t.dict,
                        &self.t.tuple,
                        &self.t.set,
                        &self.t.frozenset,
                        &self.t.type_,
                    ]
                    .iter()
                    .any(|t| c.is(t))
                    {
                        // `list[int]`: a types.GenericAlias.
                        let types = crate::import::import_absolute(self, "types")?;
                        let ga = self.getattr_str(&types, "GenericAlias")?;
                        return self.call(&ga, &[c.clone(), k.clone()], &[]);
                    }
                    return Err(self.type_error(format!(
                        "type '{}' is not subscriptable",
                        c.downcast::<PyType>().unwrap().name.borrow()
                    )));
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(c, "__getitem__", std::slice::from_ref(k))? {
            return Ok(r);
        }
        if c.kind() == Some(Kind::Dict)
            && let Some(v) = self.dict_get(c, k)?
        {
            return Ok(v);
        }
        if c.kind() == Some(Kind::Dict) {
            if let Some(r) = self.call_special(c, "__missing__", std::slice::from_ref(k))? {
                return Ok(r);
            }
            return Err(self.key_error(k.clone()));
        }
        if c.kind() == Some(Kind::Type) {
            if let Some(r) =
                self.call_special_on_type(c, "__class_getitem__", std::slice::from_ref(k))?
            {
                return Ok(r);
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                c.downcast::<PyType>().unwrap().name.borrow()
            )));
        }
        if heap
            && matches!(
                c.kind(),
                Some(Kind::List)
                    | Some(Kind::Tuple)
                    | Some(Kind::Str)
                    | Some(Kind::Bytes)
                    | Some(Kind::ByteArray)
            )
        {
            let plain = match c.kind() {
                Some(Kind::List) => self.list(self.collect_raw_list(c)),
                Some(Kind::Tuple) => self.tuple(c.downcast::<PyTuple>().unwrap().0.to_vec()),
                Some(Kind::Bytes) => self.bytes(c.downcast::<PyBytes>().unwrap().b.to_vec()),
                Some(Kind::ByteArray) => {
                    return crate::bytes_methods::bytearray_getitem(self, c, k);
                }
                _ => self.str(c.downcast::<PyStr>().unwrap().s.to_string()),
            };
            return self.getitem(&plain, k);
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(c)
        )))
    }

    fn collect_raw_list(&self, c: &Value) -> Vec<Value> {
        c.downcast::<PyList>().unwrap().0.borrow().clone()
    }

    pub fn setitem(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        let heap = self.type_of(c).downcast::<PyType>().unwrap().heap;
        if heap && let Some(_) = self.call_special(c, "__setitem__", &[k.clone(), v.clone()])? {
            return Ok(());
        }
        match c.kind() {
            Some(Kind::ByteArray) => crate::bytes_methods::bytearray_setitem(self, c, k, v),
            Some(Kind::List) => {
                let l = c.downcast::<PyList>().unwrap();
                if let Some(s) = k.downcast::<PySlice>() {
                    let new = self
                        .collect(&v)
                        .map_err(|_| self.type_error("can only assign an iterable"))?;
                    let n = l.0.borrow().len();
                    let (start, stop, step, cnt) = slice_indices(self, s, n)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.0.borrow_mut().splice(start as usize..stop as usize, new);
                    } else {
                        if new.len() != cnt {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {cnt}",
                                new.len()
                            )));
                        }
                        let mut vec = l.0.borrow_mut();
                        for (i, x) in new.into_iter().enumerate() {
                            vec[(start + i as isize * step) as usize] = x;
                        }
                    }
                    return Ok(());
                }
                let n = l.0.borrow().len();
                let i = seq_index(self, &k, n, "list assignment").map_err(|e| {
                    if self.exc_matches(&e, "TypeError") {
                        self.type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(&k)
                        ))
                    } else {
                        e
                    }
                })?;
                let old = std::mem::replace(&mut l.0.borrow_mut()[i], v);
                drop(old);
                Ok(())
            }
            Some(Kind::Dict) => self.dict_set(c, k, v),
            _ => {
                if self.call_special(c, "__setitem__", &[k, v])?.is_some() {
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(c)
                )))
            }
        }
    }

    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        let heap = self.type_of(c).downcast::<PyType>().unwrap().heap;
        if heap && let Some(_) = self.call_special(c, "__delitem__", std::slice::from_ref(k))? {
            return Ok(());
        }
        match c.kind() {
            Some(Kind::ByteArray) => crate::bytes_methods::bytearray_delitem(self, c, k),
            Some(Kind::List) => {
                let l = c.downcast::<PyList>().unwrap();
                if let Some(s) = k.downcast::<PySlice>() {
                    let n = l.0.borrow().len();
                    let (start, _, step, cnt) = slice_indices(self, s, n)?;
                    let removed: Vec<Value> = if step == 1 {
                        let start = start as usize;
                        l.0.borrow_mut().drain(start..start + cnt).collect()
                    } else {
                        // Keep the items whose index is not in the extended slice.
                        let (lo, hi) = if step > 0 {
                            (start, start + (cnt as isize - 1) * step)
                        } else {
                            (start + (cnt as isize - 1) * step, start)
                        };
                        let stride = step.unsigned_abs() as isize;
                        let old = std::mem::take(&mut *l.0.borrow_mut());
                        let (mut keep, mut gone) = (Vec::with_capacity(old.len()), Vec::new());
                        for (i, v) in old.into_iter().enumerate() {
                            let i = i as isize;
                            if cnt > 0 && i >= lo && i <= hi && (i - lo) % stride == 0 {
                                gone.push(v);
                            } else {
                                keep.push(v);
                            }
                        }
                        *l.0.borrow_mut() = keep;
                        gone
                    };
                    drop(removed);
                    return Ok(());
                }
                let n = l.0.borrow().len();
                let i = seq_index(self, k, n, "list assignment")?;
                let old = l.0.borrow_mut().remove(i);
                drop(old);
                Ok(())
            }
            Some(Kind::Dict) => match self.dict_del(c, k)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(k.clone())),
            },
            _ => {
                if self
                    .call_special(c, "__delitem__", std::slice::from_ref(k))?
                    .is_some()
                {
                    return Ok(());
                }
                // CPython words the slice case differently from the others.
                let does = if k.kind() == Some(Kind::Slice) {
                    "does not"
                } else {
                    "doesn't"
                };
                Err(self.type_error(format!(
                    "'{}' object {does} support item deletion",
                    self.type_name(c)
                )))
            }
        }
    }

    /// Keys of a mapping (dict fast path, else `keys()`).
    pub fn mapping_keys(&mut self, m: &Value) -> PyResult<Vec<Value>> {
        if let Some(d) = m.downcast::<PyDict>() {
            return Ok(d.0.borrow().iter().map(|e| e.key.clone()).collect());
        }
        let ks = self.call_method(m, "keys", &[])?;
        self.collect(&ks)
    }
}

pub fn unary_op(vm: &mut Vm, a: &Value, op: Opcode) -> PyResult<Value> {
    let (name, sym) = match op {
        Opcode::UNARY_NEGATIVE => ("__neg__", "unary -"),
        Opcode::UNARY_POSITIVE => ("__pos__", "unary +"),
        _ => ("__invert__", "unary ~"),
    };
    // A subclass of a builtin number may override the operator.
    if a.is_ptr() && a.kind() != Some(Kind::Instance) {
        let ty = vm.type_of(a);
        if ty.downcast::<PyType>().is_some_and(|t| t.heap) {
            let n = vm.intern(name);
            if let Some(f) = type_lookup(&ty, &n)
                && f.kind() == Some(Kind::Function)
            {
                return vm.call(&f, std::slice::from_ref(a), &[]);
            }
        }
    }
    if let Some(b) = to_bigint(a) {
        return Ok(match op {
            Opcode::UNARY_NEGATIVE => vm.bigint(-b),
            Opcode::UNARY_POSITIVE => vm.bigint(b),
            _ => vm.bigint(!b),
        });
    }
    if let Some(f) = a.downcast::<PyFloat>() {
        match op {
            Opcode::UNARY_NEGATIVE => return Ok(vm.float(-f.0)),
            Opcode::UNARY_POSITIVE => return Ok(vm.float(f.0)),
            _ => {}
        }
    }
    if let Some(c) = a.downcast::<PyComplex>() {
        match op {
            Opcode::UNARY_NEGATIVE => return Ok(vm.complex(-c.re, -c.im)),
            Opcode::UNARY_POSITIVE => return Ok(vm.complex(c.re, c.im)),
            _ => {}
        }
    }
    match vm.call_special(a, name, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!("bad operand type for {sym}: '{}'", vm.type_name(a)))),
    }
}

// ----- range ---------------------------------------------------------------------------------------

fn range_new(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw(vm, "range", kw)?;
    let a = &args[1..];
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let mut ints = Vec::with_capacity(3);
    for v in a {
        if v.is_small_int() {
            ints.push(v.clone());
            continue;
        }
        let b = match to_bigint(v) {
            Some(b) => b,
            None => match vm.call_index(v)? {
                Some(r) => to_bigint(&r).unwrap(),
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(v)
                    )));
                }
            },
        };
        ints.push(vm.bigint(b));
    }
    let (start, stop, step) = match ints.len() {
        1 => (vm.int(0), ints[0].clone(), vm.int(1)),
        2 => (ints[0].clone(), ints[1].clone(), vm.int(1)),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    let zero_step = match step.as_small_int() {
        Some(i) => i == 0,
        None => to_bigint(&step).unwrap().is_zero(),
    };
    if zero_step {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::new_object(
        &vm.t.range,
        PyRange { start, stop, step },
    ))
}

pub fn range_len(_vm: &mut Vm, r: &Value) -> PyResult<BigInt> {
    let r = r.downcast::<PyRange>().unwrap();
    let (a, b, s) = (
        to_bigint(&r.start).unwrap(),
        to_bigint(&r.stop).unwrap(),
        to_bigint(&r.step).unwrap(),
    );
    let n = if s.is_positive() {
        if b > a {
            (b - a - 1) / &s + 1
        } else {
            BigInt::zero()
        }
    } else if a > b {
        (a - b - 1) / (-s) + 1
    } else {
        BigInt::zero()
    };
    Ok(n)
}

pub fn range_iter(_vm: &mut Vm, r: &Value) -> PyResult<IterState> {
    let r = r.downcast::<PyRange>().unwrap();
    if let (Some(a), Some(b), Some(s)) = (
        r.start.as_small_int(),
        r.stop.as_small_int(),
        r.step.as_small_int(),
    ) {
        return Ok(IterState::Range {
            cur: a,
            stop: b,
            step: s,
        });
    }
    Ok(IterState::BigRange {
        cur: to_bigint(&r.start).unwrap(),
        stop: to_bigint(&r.stop).unwrap(),
        step: to_bigint(&r.step).unwrap(),
    })
}

pub fn dict_update(vm: &mut Vm, d: &Value, m: &Value) -> PyResult<()> {
    if let Some(src) = m.downcast::<PyDict>() {
        let items: Vec<(Value, Value)> = src.items();
        for (k, v) in items {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let t = vm.type_of(m);
    let kn = vm.intern("keys");
    if type_lookup(&t, &kn).is_some() {
        for k in vm.mapping_keys(m)? {
            let v = vm.getitem(m, &k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    let it = vm
        .iter(m)
        .map_err(|_| vm.type_error(format!("'{}' object is not iterable", vm.type_name(m))))?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let kv = vm.collect(&pair).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().unwrap(), kv.next().unwrap());
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

pub fn list_sort(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = split_kw(args, kw);
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = pos[0].clone();
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kws {
        match k {
            "key" => {
                if !v.is(&vm.none) {
                    key = Some(v.clone())
                }
            }
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    let list = l.downcast::<PyList>().unwrap();
    let items = std::mem::take(&mut *list.0.borrow_mut());
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    let mut err: Option<PyErr> = None;
    for it in items {
        let k = match &key {
            Some(f) if err.is_none() => match vm.call(f, std::slice::from_ref(&it), &[]) {
                Ok(k) => k,
                Err(e) => {
                    err = Some(e);
                    it.clone()
                }
            },
            _ => it.clone(),
        };
        keyed.push((k, it));
    }
    if err.is_none() {
        if reverse {
            keyed.reverse();
        }
        // Stable merge sort asking only "less than", as CPython does.
        let mut failure: Option<PyErr> = None;
        let mut less = |x: &Value, y: &Value| -> bool {
            if failure.is_some() {
                return false;
            }
            match vm
                .compare(x, y, ferrython_bytecode::CmpOp::Lt)
                .and_then(|r| vm.truthy(&r))
            {
                Ok(b) => b,
                Err(e) => {
                    failure = Some(e);
                    false
                }
            }
        };
        merge_sort(&mut keyed, &mut less);
        err = failure;
        if reverse {
            keyed.reverse();
        }
    }
    let modified = !list.0.borrow().is_empty();
    *list.0.borrow_mut() = keyed.into_iter().map(|(_, v)| v).collect();
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none.clone())
}

/// Stable merge sort of (key, value) pairs by key using a "less than" predicate.
fn merge_sort(v: &mut Vec<(Value, Value)>, less: &mut dyn FnMut(&Value, &Value) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort for short runs keeps comparisons low on small lists.
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(&v[j].0, &v[j - 1].0) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mut right = v.split_off(n / 2);
    merge_sort(v, less);
    merge_sort(&mut right, less);
    let left = std::mem::take(v);
    let mut out = Vec::with_capacity(n);
    let mut l = left.into_iter().peekable();
    let mut r = right.into_iter().peekable();
    loop {
        match (l.peek(), r.peek()) {
            (Some(a), Some(b)) => {
                if less(&b.0, &a.0) {
                    out.push(r.next().unwrap());
                } else {
                    out.push(l.next().unwrap());
                }
            }
            (Some(_), None) => out.push(l.next().unwrap()),
            (None, Some(_)) => out.push(r.next().unwrap()),
            (None, None) => break,
        }
    }
    *v = out;
}

// ----- installation ----------------------------------------------------------------------------

pub fn add_fn(vm: &mut Vm, dict: &Value, name: &'static str, f: NativeFn) {
    let v = vm.builtin_fn(name, f);
    vm.dict_set_str(dict, name, v);
}

/// Gives class `ty` a read-only property `name` computed by the native getter `f`.
pub fn add_getter(vm: &mut Vm, ty: &Value, name: &'static str, f: NativeFn) {
    let getter = vm.builtin_fn(name, f);
    let prop = Value::new_object(
        &vm.t.property,
        PyProperty {
            fget: Some(getter),
            fset: None,
            fdel: None,
            doc: None,
        },
    );
    let d = ty.downcast::<PyType>().unwrap().dict.clone();
    vm.dict_set_str(&d, name, prop);
}

pub fn add_method(vm: &mut Vm, ty: &Value, name: &'static str, f: NativeFn) {
    let t = ty.downcast::<PyType>().unwrap();
    let owner: &'static str = Box::leak(t.name.borrow().to_string().into_boxed_str());
    let v = Value::new_object(
        &vm.t.method_descriptor,
        PyBuiltin {
            name,
            func: f,
            self_: None,
            owner: Some(owner),
            receiver_type: std::cell::Cell::new(0),
        },
    );
    let d = t.dict.clone();
    vm.dict_set_str(&d, name, v);
}

pub fn install(vm: &mut Vm) {
    for s in [
        "__name__",
        "__file__",
        "stdout",
        "_native_fd",
        "__build_class__",
        "__module__",
        "__doc__",
        "__qualname__",
        "__dict__",
    ] {
        vm.intern(s);
    }
    let b = vm.builtins.clone();
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("next", b_next),
        ("hash", b_hash),
        ("id", b_id),
        ("callable", b_callable),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("hasattr", b_hasattr),
        ("delattr", b_delattr),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("round", b_round),
        ("input", b_input),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("dir", b_dir),
        ("format", b_format),
        ("__build_class__", b_build_class),
        ("__import__", crate::import::b_import),
        ("open", crate::stdio::b_open),
        ("exec", crate::import::b_exec),
        ("compile", crate::import::b_compile),
        ("eval", crate::import::b_eval),
    ];
    for (n, f) in fns {
        add_fn(vm, &b, n, *f);
    }
    // Iterator-returning builtins are classes in CPython; plain functions are close enough
    // for calling them.
    for (name, ctor) in [
        ("enumerate", new_enumerate as NativeFn),
        ("zip", new_zip),
        ("map", new_map),
        ("filter", new_filter),
        ("reversed", new_reversed),
    ] {
        let t = vm.iterator_type(name);
        t.downcast::<PyType>().unwrap().new.set(Some(ctor));
        vm.dict_set_str(&b, name, t);
    }
    let t = &vm.t;
    let classes: Vec<(&str, Value)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("super", t.super_.clone()),
    ];
    for (n, c) in classes {
        vm.dict_set_str(&b, n, c);
    }
    let excs: Vec<(&'static str, Value)> = vm.exc.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (n, c) in excs {
        vm.dict_set_str(&b, n, c);
    }
    let os_error = vm.exc_type("OSError");
    vm.dict_set_str(&b, "EnvironmentError", os_error.clone());
    vm.dict_set_str(&b, "IOError", os_error);
    let none = vm.none.clone();
    vm.dict_set_str(&b, "None", none);
    let e = vm.ellipsis.clone();
    vm.dict_set_str(&b, "Ellipsis", e);
    let ni = vm.not_implemented.clone();
    vm.dict_set_str(&b, "NotImplemented", ni);
    let t = vm.true_.clone();
    vm.dict_set_str(&b, "True", t);
    let f = vm.false_.clone();
    vm.dict_set_str(&b, "False", f);
    vm.dict_set_str(&b, "__debug__", vm.true_.clone());

    let obj = vm.t.object.clone();
    obj.downcast::<PyType>().unwrap().new.set(Some(new_object));
    add_method(vm, &obj, "__new__", object_new);
    add_method(vm, &obj, "__init__", object_init);
    add_method(vm, &obj, "__getstate__", object_getstate);
    add_method(vm, &obj, "__sizeof__", object_sizeof);
    let doc = vm.str("The root of every class; object() makes a bare instance.");
    let od = obj.downcast::<PyType>().unwrap().dict.clone();
    vm.dict_set_str(&od, "__doc__", doc);
    let ty = vm.t.type_.clone();
    ty.downcast::<PyType>().unwrap().new.set(Some(type_new));
    let range = vm.t.range.clone();
    range.downcast::<PyType>().unwrap().new.set(Some(range_new));
    crate::methods::install(vm);
    // The builtins module shares its dict with `vm.builtins`.
    let bm = Value::new_object(
        &vm.t.module,
        PyModule {
            dict: vm.builtins.clone(),
        },
    );
    let bmn = vm.str("builtins");
    let bd = vm.builtins.clone();
    vm.dict_set_str(&bd, "__name__", bmn);
    let modules = vm.modules.clone();
    vm.dict_set_str(&modules, "builtins", bm);
    crate::sysmod::install(vm);
}
