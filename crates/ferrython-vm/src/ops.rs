//! The object protocol: attribute access, calls, truth, equality, hashing, comparison,
//! arithmetic, iteration and subscription, with fast paths for builtin payloads and
//! dunder-method dispatch for everything else.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::code::CodeInner;

use ferrython_bytecode::{BinOp, CmpOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::dict::Probe;
use crate::objects::*;
use crate::set::Probe as SetProbe;
use crate::value::{Kind, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Whether `a` is `b` or a subclass of it.
pub fn is_subtype(a: &Value, b: &Value) -> bool {
    if a.is(b) {
        return true;
    }
    match a.downcast::<PyType>() {
        Some(t) => t.mro.borrow().iter().any(|m| m.is(b)),
        None => false,
    }
}

const MCACHE_SIZE: usize = 4096;

struct MethodCacheEntry {
    ty: Value,
    name: Value,
    epoch: u64,
    found: Option<Value>,
}

thread_local! {
    /// Bumped whenever any class namespace or hierarchy changes; cache entries from an older
    /// epoch are stale.
    static TYPE_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    /// Direct-mapped cache of (class, name) -> lookup result, like CPython's type method
    /// cache. Entries hold the class and name so their addresses cannot be reused.
    static METHOD_CACHE: std::cell::RefCell<Vec<Option<MethodCacheEntry>>> =
        std::cell::RefCell::new((0..MCACHE_SIZE).map(|_| None).collect());
}

/// The class overrides `__getattribute__` with a Python function.
pub const CUSTOM_GETATTRIBUTE: u8 = 1;
/// The class overrides `__setattr__` with a Python function.
pub const CUSTOM_SETATTR: u8 = 2;

/// Per-class flags derived from its namespace, cached until the next class change.
pub fn type_flags(vm: &Vm, ty: &Value) -> u8 {
    let Some(t) = ty.downcast::<PyType>() else {
        return 0;
    };
    if !t.heap {
        return 0;
    }
    let epoch = TYPE_EPOCH.with(|e| e.get());
    let (e, f) = t.flags_cache.get();
    if e == epoch {
        return f;
    }
    let mut f = 0;
    if type_lookup(ty, &vm.names.getattribute).is_some_and(|x| x.kind() == Some(Kind::Function)) {
        f |= CUSTOM_GETATTRIBUTE;
    }
    if type_lookup(ty, &vm.names.setattr).is_some_and(|x| x.kind() == Some(Kind::Function))
        || defined_by_class_statement(ty, &vm.names.setattr)
    {
        f |= CUSTOM_SETATTR;
    }
    t.flags_cache.set((epoch, f));
    f
}

/// Whether the class that provides `name` to `ty` is one defined in Python (so that, say,
/// `__setattr__ = dict.__setitem__` in a class body takes effect).
fn defined_by_class_statement(ty: &Value, name: &Value) -> bool {
    let Some(t) = ty.downcast::<PyType>() else {
        return false;
    };
    for m in t.mro.borrow().iter() {
        let Some(mt) = m.downcast::<PyType>() else {
            continue;
        };
        if let Some(d) = mt.dict.downcast::<PyDict>()
            && d.0.borrow().get_fast(str_hash(name), name).is_some()
        {
            return mt.heap;
        }
    }
    false
}

/// The current type epoch (changes whenever any class namespace changes).
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// Invalidates every cached class attribute lookup.
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Looks `name` up along the MRO of class `ty`, through the method cache.
pub fn type_lookup(ty: &Value, name: &Value) -> Option<Value> {
    let epoch = TYPE_EPOCH.with(|e| e.get());
    let slot = ((ty.id() >> 4) ^ (name.id() >> 3)) & (MCACHE_SIZE - 1);
    let hit = METHOD_CACHE.with(|c| {
        let c = c.borrow();
        match &c[slot] {
            Some(e) if e.epoch == epoch && e.ty.is(ty) && e.name.is(name) => Some(e.found.clone()),
            _ => None,
        }
    });
    if let Some(found) = hit {
        return found;
    }
    let found = type_lookup_uncached(ty, name);
    if name.downcast::<PyStr>().is_some() {
        let entry = MethodCacheEntry {
            ty: ty.clone(),
            name: name.clone(),
            epoch,
            found: found.clone(),
        };
        let old = METHOD_CACHE.with(|c| c.borrow_mut()[slot].replace(entry));
        drop(old);
    }
    found
}

fn type_lookup_uncached(ty: &Value, name: &Value) -> Option<Value> {
    let t = ty.downcast::<PyType>()?;
    let hash = str_hash(name);
    for m in t.mro.borrow().iter() {
        let mt = m.downcast::<PyType>()?;
        let d = mt.dict.downcast::<PyDict>()?;
        if let Some(v) = d.0.borrow().get_fast(hash, name) {
            return Some(v.clone());
        }
    }
    None
}

/// The hash of a str value (cached).
#[inline]
pub fn str_hash(v: &Value) -> i64 {
    let s = v.downcast::<PyStr>().expect("str");
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = hash_text(s.as_str(), s.is_ascii());
    s.hash.set(h);
    h
}

/// CPython hashes the code points of a str at the narrowest width that holds them all (1, 2
/// or 4 bytes each, little-endian), so equal text hashes alike in both implementations.
fn hash_text(s: &str, ascii: bool) -> i64 {
    if ascii {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 2);
    for c in s.chars() {
        let c = c as u32;
        match max {
            0..=0xff => buf.push(c as u8),
            0x100..=0xffff => buf.extend_from_slice(&(c as u16).to_le_bytes()),
            _ => buf.extend_from_slice(&c.to_le_bytes()),
        }
    }
    hash_bytes(&buf)
}

/// The hash of bytes and of str data: SipHash-1-3 keyed as CPython keys it, so that with the
/// same PYTHONHASHSEED, sets of strings iterate in CPython's order. Without PYTHONHASHSEED
/// (where CPython picks a random key) the key is zero, as for PYTHONHASHSEED=0.
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let (k0, k1) = hash_key();
    let h = siphash13(k0, k1, b) as i64;
    if h == -1 { -2 } else { h }
}

/// The SipHash key for PYTHONHASHSEED: zero for 0 (or unset); otherwise the first 16 bytes of
/// the stream of the linear congruential generator x = x * 214013 + 2531011 (mod 2^32),
/// taking bits 16..24 of each state, seeded with the value.
fn hash_key() -> (u64, u64) {
    static KEY: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    *KEY.get_or_init(|| {
        let seed: u32 = std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        if seed == 0 {
            return (0, 0);
        }
        let mut x = seed;
        let mut bytes = [0u8; 16];
        for b in bytes.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = (x >> 16) as u8;
        }
        let k0 = u64::from_le_bytes(bytes[..8].try_into().unwrap());
        let k1 = u64::from_le_bytes(bytes[8..].try_into().unwrap());
        (k0, k1)
    })
}

/// SipHash with one compression and three finalization rounds (SipHash-1-3).
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v = [
        k0 ^ 0x736f_6d65_7073_6575,
        k1 ^ 0x646f_7261_6e64_6f6d,
        k0 ^ 0x6c79_6765_6e65_7261,
        k1 ^ 0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().unwrap());
        v[3] ^= m;
        round(&mut v);
        v[0] ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    for _ in 0..3 {
        round(&mut v);
    }
    v[0] ^ v[1] ^ v[2] ^ v[3]
}

const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn int_hash(i: i64) -> i64 {
    let neg = i < 0;
    let mut h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    if neg {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn bigint_hash(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = b.abs().mod_floor(&m).to_i64().unwrap();
    let h = if b.is_negative() { -r } else { r };
    if h == -1 { -2 } else { h }
}

/// CPython's numeric hash for floats, so that `hash(1.0) == hash(1)`.
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.0e18 {
        return int_hash(f as i64);
    }
    let (m, e) = frexp(f.abs());
    let mut m = m;
    let mut e = e;
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS as u64) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS as u64 {
            x -= HASH_MODULUS as u64;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS as u64) | (x >> (61 - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Numeric view of an int-like value.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    if let Some(i) = v.as_small_int() {
        return Some(IntRef::Small(i));
    }
    match v.kind()? {
        Kind::BigInt => Some(IntRef::Big(&v.downcast::<PyBigInt>().unwrap().0)),
        Kind::Bool => Some(IntRef::Small(v.downcast::<PyBool>().unwrap().0 as i64)),
        _ => None,
    }
}

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match as_int(v)? {
        IntRef::Small(i) => Some(BigInt::from(i)),
        IntRef::Big(b) => Some(b.clone()),
    }
}

pub fn as_float(v: &Value) -> Option<f64> {
    if let Some(i) = v.as_small_int() {
        return Some(i as f64);
    }
    match v.kind()? {
        Kind::Float => Some(v.downcast::<PyFloat>().unwrap().0),
        // Ints beyond the float range do not convert (callers raise OverflowError).
        Kind::BigInt => v
            .downcast::<PyBigInt>()
            .unwrap()
            .0
            .to_f64()
            .filter(|f| f.is_finite()),
        Kind::Bool => Some(v.downcast::<PyBool>().unwrap().0 as i64 as f64),
        _ => None,
    }
}

/// Equality between builtin values that needs no Python code; `None` when a user `__eq__`
/// could be involved.
pub fn builtin_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (None, None) => Some(false),
        (Some(Kind::Str), Some(Kind::Str)) if exact_builtin(a) && exact_builtin(b) => {
            Some(a.downcast::<PyStr>().unwrap().s == b.downcast::<PyStr>().unwrap().s)
        }
        (
            None | Some(Kind::BigInt) | Some(Kind::Bool) | Some(Kind::Float),
            None | Some(Kind::BigInt) | Some(Kind::Bool) | Some(Kind::Float),
        ) if exact_builtin(a) && exact_builtin(b) => Some(num_cmp(a, b)? == Ordering::Equal),
        (Some(Kind::Str), None | Some(Kind::BigInt) | Some(Kind::Float))
        | (None | Some(Kind::BigInt) | Some(Kind::Float), Some(Kind::Str))
            if exact_builtin(a) && exact_builtin(b) =>
        {
            Some(false)
        }
        (Some(Kind::Bytes), Some(Kind::Bytes)) => {
            Some(a.downcast::<PyBytes>().unwrap().b == b.downcast::<PyBytes>().unwrap().b)
        }
        (Some(Kind::Code), Some(Kind::Code)) => {
            let (x, y) = (&a.downcast::<PyCode>()?.0, &b.downcast::<PyCode>()?.0);
            Some(Rc::ptr_eq(x, y) || code_same(x, y))
        }
        _ => None,
    }
}

/// Code objects compiled alike compare equal, as in CPython: the same names, location,
/// instructions and constants.
fn code_same(x: &CodeInner, y: &CodeInner) -> bool {
    let (a, b) = (&x.bc, &y.bc);
    a.name == b.name
        && a.qualname == b.qualname
        && a.filename == b.filename
        && a.first_line == b.first_line
        && a.code == b.code
        && a.names == b.names
        && a.varnames == b.varnames
        && x.consts.len() == y.consts.len()
        && x.consts
            .iter()
            .zip(&y.consts)
            .all(|(c, d)| builtin_eq(c, d) == Some(true))
}

/// The hash of a code object, consistent with `code_same`.
fn code_hash(c: &CodeInner) -> i64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (&*c.bc.name, &*c.bc.filename, c.bc.first_line, &c.bc.code).hash(&mut h);
    let v = h.finish() as i64 >> 1;
    if v == -1 { -2 } else { v }
}

/// Whether the value's type is the builtin class for its payload (not a user subclass).
fn exact_builtin(v: &Value) -> bool {
    match v.header_type_opt() {
        None => true,
        Some(t) => !t.downcast::<PyType>().is_some_and(|t| t.heap),
    }
}

impl Value {
    fn header_type_opt(&self) -> Option<&Value> {
        if self.is_ptr() {
            self.header_type()
        } else {
            None
        }
    }
}

/// Compares two real numbers (ints, bools, floats); `None` for NaN comparisons.
pub fn num_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Some(x.cmp(&y));
    }
    let fa = a.kind() == Some(Kind::Float);
    let fb = b.kind() == Some(Kind::Float);
    if !fa && !fb {
        let x = to_bigint(a)?;
        let y = to_bigint(b)?;
        return Some(x.cmp(&y));
    }
    if fa && fb {
        return as_float(a)?.partial_cmp(&as_float(b)?);
    }
    // int vs float: exact comparison.
    let (f, i, flip) = if fa {
        (as_float(a)?, b, false)
    } else {
        (as_float(b)?, a, true)
    };
    let r = if f.is_nan() {
        return None;
    } else if f.is_infinite() {
        if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        }
    } else {
        let iv = to_bigint(i)?;
        let fl = f.floor();
        let fb = BigInt::from(fl as i128);
        let fb = if fl.abs() < 1e38 {
            fb
        } else {
            num_bigint::BigInt::from_signed_bytes_le(&[0]) + big_from_f64(fl)
        };
        match fb.cmp(&iv) {
            Ordering::Equal => {
                if f > fl {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            }
            o => o,
        }
    };
    Some(if flip { r.reverse() } else { r })
}

pub fn big_from_f64(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

impl Vm {
    // ----- truth, equality, hashing ----------------------------------------------------------

    /// The truth value of a common builtin object, found without running any code (None for
    /// the others).
    pub fn plain_truth(&self, v: &Value) -> Option<bool> {
        if let Some(i) = v.as_small_int() {
            return Some(i != 0);
        }
        if v.is(&self.true_) {
            return Some(true);
        }
        if v.is(&self.false_) || v.is(&self.none) {
            return Some(false);
        }
        if !exact_builtin(v) {
            return None;
        }
        match v.kind()? {
            Kind::Str => Some(v.downcast::<PyStr>().unwrap().len > 0),
            Kind::List => Some(!v.downcast::<PyList>().unwrap().0.borrow().is_empty()),
            Kind::Tuple => Some(!v.downcast::<PyTuple>().unwrap().0.is_empty()),
            Kind::Dict => Some(!v.downcast::<PyDict>().unwrap().0.borrow().is_empty()),
            Kind::Float => Some(v.downcast::<PyFloat>().unwrap().0 != 0.0),
            Kind::BigInt => Some(!v.downcast::<PyBigInt>().unwrap().0.is_zero()),
            _ => None,
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(t) = self.plain_truth(v) {
            return Ok(t);
        }
        if exact_builtin(v) {
            match v.kind().unwrap() {
                Kind::Set => return Ok(!v.downcast::<PySet>().unwrap().table.borrow().is_empty()),
                Kind::Bytes => return Ok(!v.downcast::<PyBytes>().unwrap().b.is_empty()),
                Kind::ByteArray => {
                    return Ok(!v.downcast::<PyByteArray>().unwrap().0.borrow().is_empty());
                }
                Kind::Complex => {
                    let c = v.downcast::<PyComplex>().unwrap();
                    return Ok(c.re != 0.0 || c.im != 0.0);
                }
                Kind::Range => {
                    let n = crate::builtins::range_len(self, v)?;
                    return Ok(!n.is_zero());
                }
                Kind::Wrapper
                    if matches!(
                        v.downcast::<PyWrapper>().unwrap().kind,
                        WrapperKind::DictKeys | WrapperKind::DictValues | WrapperKind::DictItems
                    ) =>
                {
                    return Ok(self.len(v)? != 0);
                }
                _ => {}
            }
        }
        let ty = self.type_of(v);
        if let Some(f) = type_lookup(&ty, &self.intern("__bool__")) {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            if r.kind() != Some(Kind::Bool) {
                return Err(self.type_error(format!(
                    "__bool__ should return bool, returned {}",
                    self.type_name(&r)
                )));
            }
            return Ok(r.is(&self.true_));
        }
        if let Some(f) = type_lookup(&ty, &self.intern("__len__")) {
            let r = self.call(&f, std::slice::from_ref(v), &[])?;
            return Ok(self.index_value(&r)? != 0);
        }
        Ok(true)
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = builtin_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(int_hash(i));
        }
        let ty = self.type_of(v);
        let heap = ty.downcast::<PyType>().unwrap().heap;
        // Subclasses of builtin types keep the payload's hash unless they define __hash__.
        let inherits_payload_hash = heap
            && v.kind() != Some(Kind::Instance)
            && type_lookup(&ty, &self.intern("__hash__")).is_some_and(|f| is_object_slot(self, &f));
        if !heap || inherits_payload_hash {
            match v.kind().unwrap() {
                Kind::Str => return Ok(str_hash(v)),
                Kind::BigInt => return Ok(bigint_hash(&v.downcast::<PyBigInt>().unwrap().0)),
                Kind::Bool => return Ok(v.downcast::<PyBool>().unwrap().0 as i64),
                Kind::Float => return Ok(float_hash(v.downcast::<PyFloat>().unwrap().0)),
                Kind::WeakRef => return crate::weakref::hash(self, v),
                Kind::Code => return Ok(code_hash(&v.downcast::<PyCode>().unwrap().0)),
                Kind::Method => {
                    let m = v.downcast::<PyMethod>().unwrap();
                    let (f, s) = (m.func.clone(), m.self_.id() as i64 >> 4);
                    let h = self.hash(&f)? ^ s;
                    return Ok(if h == -1 { -2 } else { h });
                }
                Kind::Complex => {
                    let c = v.downcast::<PyComplex>().unwrap();
                    let h = float_hash(c.re).wrapping_add(float_hash(c.im).wrapping_mul(1000003));
                    return Ok(if h == -1 { -2 } else { h });
                }
                Kind::Bytes => return Ok(hash_bytes(&v.downcast::<PyBytes>().unwrap().b)),
                Kind::Range => {
                    // Equal ranges (the same sequence) hash alike: the hash of the tuple
                    // (length, start, step), with start and step None where they do not
                    // matter.
                    let len = crate::builtins::range_len(self, v)?;
                    let r = v.downcast::<PyRange>().unwrap();
                    let none = self.none.clone();
                    let (start, step) = if len.is_zero() {
                        (none.clone(), none)
                    } else if len == BigInt::from(1) {
                        (r.start.clone(), none)
                    } else {
                        (r.start.clone(), r.step.clone())
                    };
                    let len = self.bigint(len);
                    return self.tuple_hash(&[len, start, step]);
                }
                Kind::Builtin => {
                    // Consistent with equality: the same function bound to the same object.
                    let b = v.downcast::<PyBuiltin>().unwrap();
                    let s = b.self_.as_ref().map_or(0, |s| s.id() >> 4);
                    let h = ((b.func as usize >> 4) ^ s) as i64;
                    return Ok(if h == -1 { -2 } else { h });
                }
                Kind::Tuple => {
                    let items: Vec<Value> = v.downcast::<PyTuple>().unwrap().0.to_vec();
                    return self.tuple_hash(&items);
                }
                Kind::List | Kind::Dict | Kind::ByteArray => {
                    return Err(
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    );
                }
                Kind::Set if !v.downcast::<PySet>().unwrap().frozen => {
                    return Err(
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    );
                }
                Kind::Set => {
                    // CPython's frozenset hash (its value orders sets of frozensets): the
                    // members' hashes with their bits spread, combined by xor, then the size
                    // mixed in.
                    let table = v.downcast::<PySet>().unwrap().table.borrow();
                    let mut h: u64 = 0;
                    for (kh, _) in table.iter() {
                        let x = kh as u64;
                        h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
                    }
                    h ^= (table.len() as u64 + 1).wrapping_mul(1927868237);
                    h ^= (h >> 11) ^ (h >> 25);
                    h = h.wrapping_mul(69069).wrapping_add(907133923);
                    let h = h as i64;
                    return Ok(if h == -1 { 590923713 } else { h });
                }
                _ => {}
            }
        }
        let name = self.intern("__hash__");
        match type_lookup(&ty, &name) {
            Some(f) if f.is(&self.none) => {
                Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Some(f) if !is_object_slot(self, &f) => {
                let r = self.call(&f, std::slice::from_ref(v), &[])?;
                match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    // Results that fit a machine word are kept, as CPython does.
                    Some(IntRef::Big(b)) => Ok(match b.to_i64() {
                        Some(-1) => -2,
                        Some(i) => i,
                        None => bigint_hash(b),
                    }),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            _ => Ok((v.id() >> 4) as i64),
        }
    }

    fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let h = self.hash(it)? as u64;
            acc = acc.wrapping_add(h.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3527539));
        let h = acc as i64;
        Ok(if h == -1 { 1546275796 } else { h })
    }

    // ----- rich comparison -----------------------------------------------------------------------

    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(self.bool(cmp_result(x.cmp(&y), op)));
        }
        if exact_builtin(a)
            && exact_builtin(b)
            && let Some(r) = self.builtin_compare(a, b, op)?
        {
            return Ok(r);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let (name, rname) = op.dunders();
        let (n, rn) = (self.intern(name), self.intern(rname));
        let reflected_first = !ta.is(&tb) && is_subtype(&tb, &ta);
        let user = |f: Option<Value>| f.filter(|f| f.kind() != Some(Kind::Builtin));
        if reflected_first && let Some(f) = user(type_lookup(&tb, &rn)) {
            let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(f) = user(type_lookup(&ta, &n)) {
            let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !reflected_first && let Some(f) = user(type_lookup(&tb, &rn)) {
            let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if op == CmpOp::Ne {
            let eq = self.names_eq();
            if user(type_lookup(&ta, &eq)).is_some() || user(type_lookup(&tb, &eq)).is_some() {
                let r = self.compare(a, b, CmpOp::Eq)?;
                let t = self.truthy(&r)?;
                return Ok(self.bool(!t));
            }
        }
        // Subclasses of builtin types without their own dunders compare by payload.
        if let Some(r) = self.builtin_compare(a, b, op)? {
            return Ok(r);
        }
        match op {
            CmpOp::Eq => Ok(self.bool(a.is(b))),
            CmpOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparison between builtin payloads; `Ok(None)` means "fall back to dunders".
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        let (ka, kb) = (a.kind(), b.kind());
        // Bound builtin methods are equal when they bind the same function to the same object.
        if let (Some(x), Some(y)) = (a.downcast::<PyBuiltin>(), b.downcast::<PyBuiltin>())
            && matches!(op, CmpOp::Eq | CmpOp::Ne)
        {
            let same = std::ptr::fn_addr_eq(x.func, y.func)
                && x.name == y.name
                && match (&x.self_, &y.self_) {
                    (Some(p), Some(q)) => p.is(q),
                    (None, None) => true,
                    _ => false,
                };
            return Ok(Some(self.bool(same == (op == CmpOp::Eq))));
        }
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && ka == Some(Kind::Code) && kb == Some(Kind::Code) {
            let same = builtin_eq(a, b) == Some(true);
            return Ok(Some(self.bool(same == (op == CmpOp::Eq))));
        }
        if ka == Some(Kind::Wrapper) || kb == Some(Kind::Wrapper) {
            let (args, op) = if ka == Some(Kind::Wrapper) {
                ([a.clone(), b.clone()], op)
            } else {
                ([b.clone(), a.clone()], op.swapped())
            };
            let r = crate::methods::view_compare(self, &args, op)?;
            if !r.is(&self.not_implemented) {
                return Ok(Some(r));
            }
        }
        let numeric = |k: Option<Kind>| {
            matches!(
                k,
                None | Some(Kind::BigInt) | Some(Kind::Bool) | Some(Kind::Float)
            )
        };
        if numeric(ka) && numeric(kb) {
            return Ok(Some(match num_cmp(a, b) {
                Some(o) => self.bool(cmp_result(o, op)),
                None => self.bool(op == CmpOp::Ne),
            }));
        }
        if (ka == Some(Kind::Complex) || kb == Some(Kind::Complex))
            && (numeric(ka) || ka == Some(Kind::Complex))
            && (numeric(kb) || kb == Some(Kind::Complex))
        {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let parts = |v: &Value| match v.downcast::<PyComplex>() {
                Some(c) => (Some(c.re), c.im),
                None => (None, 0.0),
            };
            let ((ra, ia), (rb, ib)) = (parts(a), parts(b));
            // The real part of an int compares exactly (no rounding through float).
            let re_eq = match (ra, rb) {
                (Some(x), Some(y)) => x == y,
                (Some(x), None) => num_cmp(&self.float(x), b) == Some(Ordering::Equal),
                (None, Some(y)) => num_cmp(a, &self.float(y)) == Some(Ordering::Equal),
                (None, None) => unreachable!(),
            };
            let eq = re_eq && ia == ib;
            return Ok(Some(self.bool(eq == (op == CmpOp::Eq))));
        }
        match (ka, kb) {
            (Some(Kind::Str), Some(Kind::Str)) => {
                let o = a
                    .downcast::<PyStr>()
                    .unwrap()
                    .s
                    .cmp(&b.downcast::<PyStr>().unwrap().s);
                Ok(Some(self.bool(cmp_result(o, op))))
            }
            (Some(Kind::Bytes | Kind::ByteArray), Some(Kind::Bytes | Kind::ByteArray)) => {
                let bytes = |v: &Value| match v.downcast::<PyBytes>() {
                    Some(b) => b.b.to_vec(),
                    None => v.downcast::<PyByteArray>().unwrap().0.borrow().clone(),
                };
                let o = bytes(a).cmp(&bytes(b));
                Ok(Some(self.bool(cmp_result(o, op))))
            }
            (Some(Kind::List), Some(Kind::List)) => {
                let x = a.downcast::<PyList>().unwrap().0.borrow().clone();
                let y = b.downcast::<PyList>().unwrap().0.borrow().clone();
                self.seq_compare(&x, &y, op).map(Some)
            }
            (Some(Kind::Tuple), Some(Kind::Tuple)) => {
                let x = a.downcast::<PyTuple>().unwrap().0.to_vec();
                let y = b.downcast::<PyTuple>().unwrap().0.to_vec();
                self.seq_compare(&x, &y, op).map(Some)
            }
            (Some(Kind::Range), Some(Kind::Range)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                // Ranges are equal when they produce the same sequence.
                let (la, lb) = (
                    crate::builtins::range_len(self, a)?,
                    crate::builtins::range_len(self, b)?,
                );
                let (ra, rb) = (
                    a.downcast::<PyRange>().unwrap(),
                    b.downcast::<PyRange>().unwrap(),
                );
                let same = |x: &Value, y: &Value| to_bigint(x) == to_bigint(y);
                let eq = la == lb
                    && (la.is_zero()
                        || (same(&ra.start, &rb.start)
                            && (la == BigInt::from(1) || same(&ra.step, &rb.step))));
                Ok(Some(self.bool(eq == (op == CmpOp::Eq))))
            }
            (Some(Kind::Slice), Some(Kind::Slice)) => {
                // Slices compare as the tuples (start, stop, step).
                let (x, y) = (
                    a.downcast::<PySlice>().unwrap(),
                    b.downcast::<PySlice>().unwrap(),
                );
                let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
                self.seq_compare(&xs, &ys, op).map(Some)
            }
            (Some(Kind::Method), Some(Kind::Method)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                // Bound methods are equal when they bind the same function to the same object.
                let (x, y) = (
                    a.downcast::<PyMethod>().unwrap(),
                    b.downcast::<PyMethod>().unwrap(),
                );
                let eq = x.self_.is(&y.self_) && self.eq(&x.func.clone(), &y.func.clone())?;
                Ok(Some(self.bool(eq == (op == CmpOp::Eq))))
            }
            (Some(Kind::WeakRef), Some(Kind::WeakRef)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = crate::weakref::equal(self, a, b)?;
                Ok(Some(self.bool(eq == (op == CmpOp::Eq))))
            }
            (Some(Kind::Dict), Some(Kind::Dict)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(a, b)?;
                Ok(Some(self.bool(eq == (op == CmpOp::Eq))))
            }
            (Some(Kind::Set), Some(Kind::Set)) => {
                let la = a.downcast::<PySet>().unwrap().table.borrow().len();
                let lb = b.downcast::<PySet>().unwrap().table.borrow().len();
                let sub = self.set_is_subset(a, b)?;
                let sup = self.set_is_subset(b, a)?;
                let r = match op {
                    CmpOp::Eq => la == lb && sub,
                    CmpOp::Ne => !(la == lb && sub),
                    CmpOp::Le => sub,
                    CmpOp::Lt => sub && la < lb,
                    CmpOp::Ge => sup,
                    CmpOp::Gt => sup && la > lb,
                };
                Ok(Some(self.bool(r)))
            }
            _ => Ok(None),
        }
    }

    fn seq_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Value> {
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq(a, b)? {
                if op == CmpOp::Eq {
                    return Ok(self.false_.clone());
                }
                if op == CmpOp::Ne {
                    return Ok(self.true_.clone());
                }
                return self.compare(a, b, op);
            }
        }
        Ok(self.bool(cmp_result(x.len().cmp(&y.len()), op)))
    }

    fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let da = a.downcast::<PyDict>().unwrap();
        let db = b.downcast::<PyDict>().unwrap();
        if da.0.borrow().len() != db.0.borrow().len() {
            return Ok(false);
        }
        let items: Vec<(Value, Value)> = da.items();
        for (k, v) in items {
            match self.dict_get(b, &k)? {
                Some(v2) => {
                    if !self.eq(&v, &v2)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let items: Vec<Value> = a.downcast::<PySet>().unwrap().items();
        for k in items {
            if !self.set_contains(b, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    // ----- dict and set tables ---------------------------------------------------------------------

    /// Finds `key` in dict `d`: the entry index, or the insertion slot.
    fn dict_probe(&mut self, d: &Value, key: &Value, hash: i64) -> PyResult<Probe> {
        let dict = d.downcast::<PyDict>().expect("dict");
        loop {
            let (mut st, start_version) = {
                let t = dict.0.borrow();
                (t.start(hash), t.version)
            };
            loop {
                let p = dict.0.borrow().lookup_from(hash, key, st);
                match p {
                    Probe::Slow {
                        entry,
                        key: k2,
                        state,
                    } => {
                        let eq = self.eq(&k2, key)?;
                        if dict.0.borrow().version != start_version {
                            break;
                        }
                        if eq {
                            return Ok(Probe::Found { entry });
                        }
                        st = state;
                    }
                    other => return Ok(other),
                }
            }
        }
    }

    /// Whether `key` is an exact str: its hash is cached and comparing it with any key runs no
    /// Python code, so a dict probe for it needs neither `hash()` nor the generic loop.
    #[inline(always)]
    fn exact_str_key(&self, key: &Value) -> bool {
        key.kind() == Some(Kind::Str) && key.header_type().is_some_and(|t| t.is(&self.t.str))
    }

    pub fn dict_get(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        if self.exact_str_key(key) {
            let hash = str_hash(key);
            let t = d.downcast::<PyDict>().expect("dict").0.borrow();
            match t.lookup_from(hash, key, t.start(hash)) {
                Probe::Found { entry } => {
                    return Ok(t.entries[entry].as_ref().map(|e| e.value.clone()));
                }
                Probe::Missing { .. } => return Ok(None),
                // A key of another type with the same hash and a custom `__eq__`.
                Probe::Slow { .. } => {}
            }
        }
        let hash = self.hash(key)?;
        match self.dict_probe(d, key, hash)? {
            Probe::Found { entry } => Ok(d.downcast::<PyDict>().unwrap().0.borrow().entries[entry]
                .as_ref()
                .map(|e| e.value.clone())),
            _ => Ok(None),
        }
    }

    pub fn dict_set(&mut self, d: &Value, key: Value, value: Value) -> PyResult<()> {
        if self.exact_str_key(&key) {
            let hash = str_hash(&key);
            let mut t = d.downcast::<PyDict>().expect("dict").0.borrow_mut();
            match t.lookup_from(hash, &key, t.start(hash)) {
                Probe::Found { entry } => {
                    let old = std::mem::replace(t.value_mut(entry), value);
                    // The old value is dropped after the borrow ends (its `__del__` may look).
                    drop(t);
                    drop(old);
                    return Ok(());
                }
                Probe::Missing { slot } => {
                    t.insert_at(slot, hash, key, value);
                    return Ok(());
                }
                Probe::Slow { .. } => {}
            }
        }
        let hash = self.hash(&key)?;
        match self.dict_probe(d, &key, hash)? {
            Probe::Found { entry } => {
                let old = std::mem::replace(
                    d.downcast::<PyDict>()
                        .unwrap()
                        .0
                        .borrow_mut()
                        .value_mut(entry),
                    value,
                );
                drop(old);
            }
            Probe::Missing { slot } => d
                .downcast::<PyDict>()
                .unwrap()
                .0
                .borrow_mut()
                .insert_at(slot, hash, key, value),
            Probe::Slow { .. } => unreachable!(),
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn dict_del(&mut self, d: &Value, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_probe(d, key, hash)? {
            Probe::Found { entry } => {
                let e = d
                    .downcast::<PyDict>()
                    .unwrap()
                    .0
                    .borrow_mut()
                    .remove_entry(entry);
                Ok(Some(e.value))
            }
            _ => Ok(None),
        }
    }

    /// `d[name]` for an interned/str key that needs no Python equality.
    pub fn dict_get_str(&self, d: &Value, name: &Value) -> Option<Value> {
        let hash = str_hash(name);
        d.downcast::<PyDict>()?
            .0
            .borrow()
            .get_fast(hash, name)
            .cloned()
    }

    fn names_eq(&mut self) -> Value {
        self.intern("__eq__")
    }

    /// `d[name]` for a str key given as Rust text.
    pub fn dict_get_name(&mut self, d: &Value, name: &str) -> Option<Value> {
        let k = self.intern(name);
        self.dict_get_str(d, &k)
    }

    pub fn dict_set_str(&mut self, d: &Value, name: &str, value: Value) {
        let k = self.intern(name);
        let _ = self.dict_set(d, k, value);
    }

    fn set_probe(&mut self, s: &Value, key: &Value, hash: i64) -> PyResult<SetProbe> {
        let set = s.downcast::<PySet>().expect("set");
        loop {
            let (mut st, v0) = {
                let t = set.table.borrow();
                (t.start(hash), t.version)
            };
            loop {
                let p = set.table.borrow().lookup_from(hash, key, st);
                match p {
                    SetProbe::Slow {
                        slot,
                        key: k2,
                        state,
                    } => {
                        let eq = self.eq(&k2, key)?;
                        if set.table.borrow().version != v0 {
                            break;
                        }
                        if eq {
                            return Ok(SetProbe::Found(slot));
                        }
                        st = state;
                    }
                    other => return Ok(other),
                }
            }
        }
    }

    pub fn set_add(&mut self, s: &Value, key: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        if let SetProbe::Missing(slot) = self.set_probe(s, &key, hash)? {
            s.downcast::<PySet>()
                .unwrap()
                .table
                .borrow_mut()
                .insert_at(slot, hash, key);
        }
        Ok(())
    }

    /// Adds the elements of `iterable` to the set `s` the way CPython's set update does, so
    /// the resulting table order matches: another set is merged slot by slot, a dict's keys
    /// go in after one presizing, anything else is added in iteration order.
    pub fn set_update_from(&mut self, s: &Value, iterable: &Value) -> PyResult<()> {
        if let Some(other) = iterable.downcast::<PySet>() {
            if s.is(iterable) {
                return Ok(());
            }
            let merged = {
                let src = other.table.borrow();
                s.downcast::<PySet>()
                    .unwrap()
                    .table
                    .borrow_mut()
                    .merge(&src)
            };
            if !merged {
                for x in other.items() {
                    self.set_add(s, x)?;
                }
            }
            return Ok(());
        }
        if iterable.kind() == Some(Kind::Dict)
            && iterable.header_type().is_some_and(|t| t.is(&self.t.dict))
        {
            let keys: Vec<Value> = iterable
                .downcast::<PyDict>()
                .unwrap()
                .items()
                .into_iter()
                .map(|(k, _)| k)
                .collect();
            s.downcast::<PySet>()
                .unwrap()
                .table
                .borrow_mut()
                .presize(keys.len());
            for k in keys {
                self.set_add(s, k)?;
            }
            return Ok(());
        }
        for x in self.collect(iterable)? {
            self.set_add(s, x)?;
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        Ok(matches!(self.set_probe(s, key, hash)?, SetProbe::Found(_)))
    }

    pub fn set_discard(&mut self, s: &Value, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        if let SetProbe::Found(slot) = self.set_probe(s, key, hash)? {
            s.downcast::<PySet>()
                .unwrap()
                .table
                .borrow_mut()
                .remove_at(slot);
            return Ok(true);
        }
        Ok(false)
    }

    // ----- attributes ------------------------------------------------------------------------------

    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let ty = self.type_of(obj);
        let tyo = ty.downcast::<PyType>().unwrap();
        if tyo.heap && type_flags(self, &ty) & CUSTOM_GETATTRIBUTE != 0 {
            let ga = self.names.getattribute.clone();
            if let Some(f) = type_lookup(&ty, &ga)
                && f.downcast::<PyFunction>().is_some()
            {
                let r = self.call(&f, &[obj.clone(), name.clone()], &[]);
                return match r {
                    Err(e) if self.exc_matches(&e, "AttributeError") => {
                        self.getattr_fallback(obj, &ty, name, e)
                    }
                    other => other,
                };
            }
        }
        match self.generic_getattr(obj, &ty, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let e = self.no_attribute(obj, name);
                self.getattr_fallback(obj, &ty, name, e)
            }
            // An AttributeError from a descriptor also falls back to __getattr__.
            Err(e) if self.exc_matches(&e, "AttributeError") => {
                self.getattr_fallback(obj, &ty, name, e)
            }
            Err(e) => Err(e),
        }
    }

    fn getattr_fallback(
        &mut self,
        obj: &Value,
        ty: &Value,
        name: &Value,
        e: PyErr,
    ) -> PyResult<Value> {
        if ty.downcast::<PyType>().unwrap().heap {
            let g = self.names.getattr.clone();
            if let Some(f) = type_lookup(ty, &g) {
                return self.call(&f, &[obj.clone(), name.clone()], &[]);
            }
        }
        if let Some(m) = obj.downcast::<PyModule>() {
            let d = m.dict.clone();
            // Builtins written in Python are installed on first use.
            if d.is(&self.builtins)
                && let Some(v) = self.lazy_builtin(str_of(name).unwrap_or(""))?
            {
                return Ok(v);
            }
            if let Some(v) = self.lazy_sys_attr(&d, name)? {
                return Ok(v);
            }
            // PEP 562: a module-level `__getattr__`.
            let g = self.names.getattr.clone();
            if let Some(f) = self.dict_get_str(&d, &g) {
                return self.call(&f, std::slice::from_ref(name), &[]);
            }
        }
        Err(e)
    }

    /// `sys.float_info`, `sys.int_info` and `sys.hash_info` (`lib/_sysinfo.py`) and
    /// `os.stat`/`os.lstat`/`os.stat_result` (`lib/_osextras.py`) are built on first use and
    /// then kept in the module.
    fn lazy_sys_attr(&mut self, d: &Value, name: &Value) -> PyResult<Option<Value>> {
        let n = str_of(name).unwrap_or("");
        let modname = self.dict_get_str(d, &self.interned["__name__"]);
        let helper = match (modname.as_ref().and_then(|v| str_of(v)), n) {
            (
                Some("sys"),
                "float_info" | "int_info" | "hash_info" | "version_info" | "flags"
                | "implementation" | "getsizeof" | "getswitchinterval" | "setswitchinterval"
                | "is_finalizing" | "call_tracing" | "api_version" | "prefix" | "exec_prefix"
                | "base_prefix" | "base_exec_prefix",
            ) => "_sysinfo",
            (Some("os"), n) if crate::sysmod::OS_EXTRAS.contains(&n) => "_osextras",
            (Some("posixpath"), n) if crate::sysmod::OS_PATH_EXTRAS.contains(&n) => "_osextras",
            _ => return Ok(None),
        };
        let m = crate::import::import_absolute(self, helper)?;
        let attr = if modname.as_ref().and_then(|v| str_of(v)) == Some("posixpath") {
            // os.path's extras live in the helper under a `path_` prefix.
            self.str(format!("path_{n}"))
        } else {
            name.clone()
        };
        let v = self.getattr(&m, &attr)?;
        self.dict_set(d, name.clone(), v.clone())?;
        Ok(Some(v))
    }

    #[cold]
    pub fn no_attribute(&self, obj: &Value, name: &Value) -> PyErr {
        let e = self.no_attribute_message(obj, name);
        if let Some(x) = e.0.downcast::<PyException>() {
            *x.detail.borrow_mut() = Some((name.clone(), Some(obj.clone())));
        }
        e
    }

    fn no_attribute_message(&self, obj: &Value, name: &Value) -> PyErr {
        let n = str_of(name).unwrap_or("?");
        if let Some(t) = obj.downcast::<PyType>() {
            return self.attribute_error(format!(
                "type object '{}' has no attribute '{n}'",
                t.name.borrow()
            ));
        }
        if let Some(m) = obj.downcast::<PyModule>() {
            let mname = self.dict_get_str(&m.dict, &self.interned["__name__"]);
            let mname = mname
                .as_ref()
                .and_then(|v| str_of(v))
                .unwrap_or("?")
                .to_string();
            return self.attribute_error(format!("module '{mname}' has no attribute '{n}'"));
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            self.type_name(obj)
        ))
    }

    /// Attribute lookup without `__getattr__`; `Ok(None)` when absent.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        ty: &Value,
        name: &Value,
    ) -> PyResult<Option<Value>> {
        if obj.kind() == Some(Kind::Type) {
            return self.type_getattr(obj, name);
        }
        let descr = type_lookup(ty, name);
        if let Some(d) = &descr
            && let Some(r) = self.data_descriptor_get(d, obj, ty)?
        {
            return Ok(Some(r));
        }
        if let Some(v) = self.instance_attr(obj, name) {
            return Ok(Some(v));
        }
        if let Some(r) = self.special_attr(obj, name)? {
            return Ok(Some(r));
        }
        match descr {
            Some(d) => Ok(Some(self.bind(d, obj, ty)?)),
            None => Ok(None),
        }
    }

    /// Data descriptors (property, user classes with `__set__`/`__delete__`) take priority
    /// over the instance dict.
    fn data_descriptor_get(
        &mut self,
        d: &Value,
        obj: &Value,
        ty: &Value,
    ) -> PyResult<Option<Value>> {
        if crate::slots::member(d).is_some() {
            return crate::slots::get(self, d, obj).map(Some);
        }
        if let Some(p) = d.downcast::<PyProperty>() {
            return match &p.fget {
                Some(g) => {
                    let g = g.clone();
                    Ok(Some(self.call(&g, std::slice::from_ref(obj), &[])?))
                }
                None => {
                    let n = self.property_name(d);
                    Err(self.attribute_error(format!(
                        "property{} of '{}' object has no getter",
                        n,
                        self.type_name(obj)
                    )))
                }
            };
        }
        let dt = self.type_of(d);
        if dt.downcast::<PyType>().unwrap().heap {
            let set = self.names.set.clone();
            let del = self.names.delete.clone();
            if type_lookup(&dt, &set).is_some() || type_lookup(&dt, &del).is_some() {
                let get = self.intern("__get__");
                if let Some(g) = type_lookup(&dt, &get) {
                    return Ok(Some(self.call(
                        &g,
                        &[d.clone(), obj.clone(), ty.clone()],
                        &[],
                    )?));
                }
            }
        }
        Ok(None)
    }

    fn property_name(&mut self, _d: &Value) -> String {
        String::new()
    }

    /// Binds a class attribute found for an instance access.
    pub fn bind(&mut self, d: Value, obj: &Value, ty: &Value) -> PyResult<Value> {
        match d.kind() {
            Some(Kind::Function) => Ok(Value::new_object(
                &self.t.method,
                PyMethod {
                    func: d,
                    self_: obj.clone(),
                },
            )),
            Some(Kind::Builtin) => {
                let b = d.downcast::<PyBuiltin>().unwrap();
                if b.self_.is_some() || b.owner.is_none() {
                    return Ok(d.clone());
                }
                Ok(Value::new_object(
                    &self.t.builtin,
                    PyBuiltin {
                        name: b.name,
                        func: b.func,
                        self_: Some(obj.clone()),
                        owner: b.owner,
                        receiver_type: std::cell::Cell::new(0),
                    },
                ))
            }
            Some(Kind::Wrapper) => {
                let w = d.downcast::<PyWrapper>().unwrap();
                match w.kind {
                    WrapperKind::StaticMethod => Ok(w.func.clone()),
                    WrapperKind::ClassMethod => Ok(Value::new_object(
                        &self.t.method,
                        PyMethod {
                            func: w.func.clone(),
                            self_: ty.clone(),
                        },
                    )),
                    _ => Ok(d.clone()),
                }
            }
            _ => {
                let dt = self.type_of(&d);
                if dt.downcast::<PyType>().unwrap().heap {
                    let get = self.intern("__get__");
                    if let Some(g) = type_lookup(&dt, &get) {
                        return self.call(&g, &[d.clone(), obj.clone(), ty.clone()], &[]);
                    }
                }
                Ok(d)
            }
        }
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, cls: &Value, name: &Value) -> PyResult<Option<Value>> {
        let meta = self.type_of(cls);
        let meta_descr = type_lookup(&meta, name);
        if let Some(d) = &meta_descr
            && let Some(r) = self.data_descriptor_get(d, cls, &meta)?
        {
            return Ok(Some(r));
        }
        if let Some(v) = type_lookup(cls, name) {
            return Ok(Some(match v.kind() {
                Some(Kind::Wrapper) => {
                    let w = v.downcast::<PyWrapper>().unwrap();
                    match w.kind {
                        WrapperKind::StaticMethod => w.func.clone(),
                        WrapperKind::ClassMethod => Value::new_object(
                            &self.t.method,
                            PyMethod {
                                func: w.func.clone(),
                                self_: cls.clone(),
                            },
                        ),
                        _ => v.clone(),
                    }
                }
                Some(Kind::Function) | Some(Kind::Builtin) | Some(Kind::Property) => v,
                _ => {
                    let dt = self.type_of(&v);
                    if dt.downcast::<PyType>().unwrap().heap {
                        let get = self.intern("__get__");
                        if let Some(g) = type_lookup(&dt, &get) {
                            let none = self.none.clone();
                            return Ok(Some(self.call(
                                &g,
                                &[v.clone(), none, cls.clone()],
                                &[],
                            )?));
                        }
                    }
                    v
                }
            }));
        }
        if let Some(r) = self.special_attr(cls, name)? {
            return Ok(Some(r));
        }
        match meta_descr {
            Some(d) => Ok(Some(self.bind(d, cls, &meta)?)),
            None => Ok(None),
        }
    }

    pub fn setattr(&mut self, obj: &Value, name: &Value, value: Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        let heap = ty.downcast::<PyType>().unwrap().heap;
        if heap && type_flags(self, &ty) & CUSTOM_SETATTR != 0 {
            let sa = self.names.setattr.clone();
            if let Some(f) = type_lookup(&ty, &sa) {
                self.call_slot(&f, obj, &ty, &[name.clone(), value], &[])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let ty = self.type_of(obj);
        if ty.downcast::<PyType>().unwrap().heap {
            let da = self.names.delattr.clone();
            if let Some(f) = type_lookup(&ty, &da)
                && (f.downcast::<PyFunction>().is_some() || defined_by_class_statement(&ty, &da))
            {
                self.call_slot(&f, obj, &ty, std::slice::from_ref(name), &[])?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        let ty = self.type_of(obj);
        if str_of(name) == Some("__class__") && obj.kind() != Some(Kind::Type) {
            return self.assign_class(obj, &ty, value);
        }
        if str_of(name) == Some("__dict__")
            && obj.kind() == Some(Kind::Instance)
            && slots_of(&ty).is_none_or(|s| s.iter().any(|n| &**n == "__dict__"))
        {
            // Deleting it leaves the instance with a fresh, empty one.
            let d = value.unwrap_or_else(|| self.dict());
            if d.kind() != Some(Kind::Dict) {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    self.type_name(&d)
                )));
            }
            let old = obj.header().attrs.borrow_mut().replace(d);
            let shaped = obj
                .downcast::<PyInstance>()
                .map(|i| i.attrs.borrow_mut().take());
            drop((old, shaped));
            return Ok(());
        }
        if let Some(d) = type_lookup(&ty, name) {
            if crate::slots::member(&d).is_some() && obj.kind() != Some(Kind::Type) {
                return crate::slots::set(self, &d, obj, value);
            }
            if let Some(p) = d.downcast::<PyProperty>() {
                let f = if value.is_some() {
                    p.fset.clone()
                } else {
                    p.fdel.clone()
                };
                return match f {
                    Some(f) => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call(&f, &args, &[])?;
                        Ok(())
                    }
                    None => Err(self.attribute_error(format!(
                        "property '{}' of '{}' object has no {}",
                        str_of(name).unwrap_or(""),
                        self.type_name(obj),
                        if value.is_some() { "setter" } else { "deleter" }
                    ))),
                };
            }
            let dt = self.type_of(&d);
            if dt.downcast::<PyType>().unwrap().heap {
                let m = self.intern(if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                });
                if let Some(f) = type_lookup(&dt, &m) {
                    let mut args = vec![d.clone(), obj.clone()];
                    args.extend(value);
                    self.call(&f, &args, &[])?;
                    return Ok(());
                }
            }
        }
        if let Some(x) = obj.downcast::<PyException>()
            && let Some(v) = &value
            && let Some(n) = str_of(name)
        {
            let opt = |v: &Value| (!v.is(&self.none)).then(|| v.clone());
            match n {
                "args" => {
                    let items = self.collect(v)?;
                    *x.args.borrow_mut() = self.tuple(items);
                    return Ok(());
                }
                "__traceback__" => {
                    if !v.is(&self.none) && v.kind() != Some(Kind::Traceback) {
                        return Err(self.type_error("__traceback__ must be a traceback or None"));
                    }
                    *x.traceback.borrow_mut() = opt(v);
                    return Ok(());
                }
                "__cause__" => {
                    *x.cause.borrow_mut() = opt(v);
                    x.suppress_context.set(true);
                    return Ok(());
                }
                "__context__" => {
                    *x.context.borrow_mut() = opt(v);
                    return Ok(());
                }
                "__suppress_context__" => {
                    let b = self.truthy(v)?;
                    x.suppress_context.set(b);
                    return Ok(());
                }
                _ => {}
            }
        }
        if let Some(t) = obj.downcast::<PyType>() {
            let n = str_of(name).unwrap_or("");
            if !t.heap {
                return Err(self.type_error(format!(
                    "cannot {} '{n}' attribute of immutable type '{}'",
                    if value.is_some() { "set" } else { "delete" },
                    t.name.borrow()
                )));
            }
            if n == "__bases__"
                && let Some(v) = &value
            {
                return crate::builtins::set_bases(self, obj, v);
            }
            if matches!(n, "__name__" | "__qualname__")
                && let Some(v) = &value
            {
                // Kept in the type itself, not its namespace (subclasses must not see it).
                let Some(s) = str_of(v) else {
                    return Err(self.type_error(format!(
                        "can only assign string to {}.{n}, not '{}'",
                        t.name.borrow(),
                        self.type_name(v)
                    )));
                };
                let slot = if n == "__name__" {
                    &t.name
                } else {
                    &t.qualname
                };
                *slot.borrow_mut() = s.into();
                return Ok(());
            }
            let dict = t.dict.clone();
            bump_versions(obj);
            return match value {
                Some(v) => self.dict_set(&dict, name.clone(), v),
                None => match self.dict_del(&dict, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            };
        }
        if let Some(m) = obj.downcast::<PyModule>() {
            let dict = m.dict.clone();
            return match value {
                Some(v) => self.dict_set(&dict, name.clone(), v),
                None => match self.dict_del(&dict, name)? {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                },
            };
        }
        if let Some(f) = obj.downcast::<PyFunction>()
            && let Some(v) = &value
            && self.set_function_field(f, str_of(name).unwrap_or(""), v)?
        {
            return Ok(());
        }
        let tyo = ty.downcast::<PyType>().unwrap();
        if !obj.is_ptr()
            || (!tyo.heap && !matches!(obj.kind(), Some(Kind::Function) | Some(Kind::Exception)))
        {
            // What CPython says depends on what the name is on the builtin type: a method is
            // read-only, a data attribute is not writable, anything else does not exist.
            let (t, n) = (self.type_name(obj), str_of(name).unwrap_or("").to_string());
            if type_lookup(&ty, name).is_some() {
                return Err(
                    self.attribute_error(format!("'{t}' object attribute '{n}' is read-only"))
                );
            }
            if self.getattr(obj, name).is_ok() {
                return Err(self
                    .attribute_error(format!("attribute '{n}' of '{t}' objects is not writable")));
            }
            return Err(self.attribute_error(format!("'{t}' object has no attribute '{n}'")));
        }
        if let Some(slots) = slots_of(&ty)
            && !slots
                .iter()
                .any(|s| &**s == str_of(name).unwrap_or("") || &**s == "__dict__")
        {
            if type_lookup(&ty, name).is_some() {
                return Err(self.attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    self.type_name(obj),
                    str_of(name).unwrap_or("")
                )));
            }
            return Err(self.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                str_of(name).unwrap_or("")
            )));
        }
        if let Some(v) = &value
            && self.store_shaped(obj, name, v).is_some()
        {
            return Ok(());
        }
        let attrs = self.instance_dict(obj);
        match value {
            Some(v) => self.dict_set(&attrs, name.clone(), v),
            None => match self.dict_del(&attrs, name)? {
                Some(_) => Ok(()),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// `obj.__class__ = cls`: allowed between Python classes whose instances have the same
    /// layout (payload kind and slots).
    fn assign_class(&mut self, obj: &Value, old: &Value, value: Option<Value>) -> PyResult<()> {
        let Some(cls) = value else {
            return Err(self.type_error("can't delete __class__ attribute"));
        };
        let Some(new) = cls.downcast::<PyType>() else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&cls)
            )));
        };
        let old_t = old.downcast::<PyType>().unwrap();
        if !new.heap || !old_t.heap {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let slot_set = |t: &Value| {
            let mut s: Vec<String> = slots_of(t)
                .unwrap_or_default()
                .iter()
                .map(|n| n.to_string())
                .collect();
            s.sort();
            s
        };
        if new.layout != old_t.layout
            || new.nslots.get() != old_t.nslots.get()
            || slots_of(&cls).is_some() != slots_of(old).is_some()
            || slot_set(&cls) != slot_set(old)
        {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name.borrow(),
                old_t.name.borrow()
            )));
        }
        obj.set_type(&cls);
        Ok(())
    }

    /// Whether a builtin type's method `name` (of type `owner`) may run with `first` as its
    /// self: an instance of that builtin type (by name, among the non-Python classes of its
    /// MRO). The methods that work on the class (`int.from_bytes`...) take anything.
    /// Whether `first` is an instance of the class method descriptor `b` remembers as taking
    /// its instances (an immortal class, so its address is never reused).
    #[inline]
    pub fn known_receiver(&self, b: &PyBuiltin, first: Option<&Value>) -> bool {
        let known = b.receiver_type.get();
        known != 0
            && first.is_some_and(|f| {
                let addr = if f.is_ptr() {
                    f.header_type().map_or(0, |t| t.id())
                } else {
                    self.t.int.id()
                };
                addr == known
            })
    }

    fn method_applies(&self, first: Option<&Value>, owner: &str, name: &str) -> bool {
        const CLASS_LEVEL: &[&str] = &[
            "from_bytes",
            "fromhex",
            "maketrans",
            "fromkeys",
            "__new__",
            "mro",
            "__subclasses__",
            "__instancecheck__",
            "__subclasscheck__",
            "__prepare__",
            "__init_subclass__",
            "__subclasshook__",
            "__class_getitem__",
        ];
        let Some(first) = first else {
            return CLASS_LEVEL.contains(&name);
        };
        let ty = self.type_of(first);
        let t = ty.downcast::<PyType>().unwrap();
        if !t.heap && &**t.name.borrow() == owner {
            return true;
        }
        let found = t.mro.borrow().iter().any(|m| {
            m.downcast::<PyType>()
                .is_some_and(|mt| !mt.heap && &**mt.name.borrow() == owner)
        });
        // Native methods installed on a class written in Python that stands in for a C type
        // are owned by its `__tp_name__`.
        let stand_in = || {
            owner.contains('.')
                && t.mro.borrow().iter().any(|m| {
                    let Some(mt) = m.downcast::<PyType>() else {
                        return false;
                    };
                    let key = self.interned.get("__tp_name__");
                    if mt.heap
                        && let (Some(d), Some(key)) = (mt.dict.downcast::<PyDict>(), key)
                        && let Some(n) = d.0.borrow().get_fast(str_hash(key), key)
                    {
                        return str_of(n) == Some(owner);
                    }
                    false
                })
        };
        found || CLASS_LEVEL.contains(&name) || stand_in()
    }

    #[cold]
    fn unbound_method_error(&self, first: Option<&Value>, owner: &str, name: &str) -> PyErr {
        match first {
            None => self.type_error(format!("unbound method {owner}.{name}() needs an argument")),
            Some(v) => self.type_error(format!(
                "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
                self.type_name(v)
            )),
        }
    }

    /// The instance `__dict__`, created on demand: an instance's shaped attributes move into
    /// it, in their order, and live there from then on.
    pub fn instance_dict(&mut self, obj: &Value) -> Value {
        if !obj.is_ptr() {
            return self.dict();
        }
        if let Some(d) = obj.header().attrs.borrow().as_ref() {
            return d.clone();
        }
        let d = self.dict();
        if let Some(inst) = obj.downcast::<PyInstance>() {
            let (shape, values) = inst.attrs.borrow_mut().take();
            let table = &mut *d.downcast::<PyDict>().unwrap().0.borrow_mut();
            for (k, v) in shape.names.iter().zip(values) {
                table.insert_new(str_hash(k), k.clone(), v);
            }
        }
        *obj.header().attrs.borrow_mut() = Some(d.clone());
        d
    }

    /// The attribute dict of `obj` if it has attributes: an instance's shaped attributes are
    /// moved into one first.
    pub fn attrs_dict(&mut self, obj: &Value) -> Option<Value> {
        if !obj.is_ptr() {
            return None;
        }
        if let Some(d) = obj.header().attrs.borrow().as_ref() {
            return Some(d.clone());
        }
        let inst = obj.downcast::<PyInstance>()?;
        if inst.attrs.borrow().values.is_empty() {
            return None;
        }
        Some(self.instance_dict(obj))
    }

    /// Instance attribute `name` (an exact str) of `obj`, from its dict or its shaped
    /// attributes, without running any code.
    pub fn instance_attr(&self, obj: &Value, name: &Value) -> Option<Value> {
        if !obj.is_ptr() {
            return None;
        }
        if let Some(attrs) = obj.header().attrs.borrow().as_ref() {
            return self.dict_get_str(attrs, name);
        }
        obj.downcast::<PyInstance>()?.attrs.borrow().get(name)
    }

    /// Stores `obj.name = v` among the shaped attributes of an instance that has no dict,
    /// returning the attribute's position; None when the attribute must go into a dict
    /// instead (no shaped storage, a name that is not an exact str, or too many attributes).
    pub fn store_shaped(&self, obj: &Value, name: &Value, v: &Value) -> Option<usize> {
        let inst = obj.downcast::<PyInstance>()?;
        if obj.header().attrs.borrow().is_some()
            || !name.header_type().is_some_and(|t| t.is(&self.t.str))
        {
            return None;
        }
        let mut attrs = inst.attrs.borrow_mut();
        let Some(i) = attrs.shape.index_of(name) else {
            if attrs.shape.names.len() >= MAX_SHAPE_LEN {
                return None;
            }
            attrs.shape = attrs.shape.with(name);
            attrs.values.push(v.clone());
            return Some(attrs.values.len() - 1);
        };
        let old = std::mem::replace(&mut attrs.values[i], v.clone());
        // The old value is dropped after the borrow ends (its `__del__` may look).
        drop(attrs);
        drop(old);
        Some(i)
    }

    // ----- calls -------------------------------------------------------------------------------------

    /// Calls `f` with positional `args` followed by keyword values named by `kwnames`.
    pub fn call(&mut self, f: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
        match f.kind() {
            Some(Kind::Function) => crate::interp::call_function(self, f, args, kwnames),
            Some(Kind::Builtin) => {
                let b = f.downcast::<PyBuiltin>().unwrap();
                match &b.self_ {
                    Some(s) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(s.clone());
                        full.extend_from_slice(args);
                        (b.func)(self, &full, kwnames)
                    }
                    None => {
                        if let Some(owner) = b.owner
                            && !self.known_receiver(b, args.first())
                        {
                            if !self.method_applies(args.first(), owner, b.name) {
                                return Err(self.unbound_method_error(args.first(), owner, b.name));
                            }
                            if let Some(first) = args.first() {
                                let ty = self.type_of(first);
                                if ty.refcount() >= crate::value::IMMORTAL {
                                    b.receiver_type.set(ty.id());
                                }
                            }
                        }
                        (b.func)(self, args, kwnames)
                    }
                }
            }
            Some(Kind::Method) => {
                let m = f.downcast::<PyMethod>().unwrap();
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.self_.clone());
                full.extend_from_slice(args);
                let func = m.func.clone();
                self.call(&func, &full, kwnames)
            }
            Some(Kind::Type) => crate::builtins::call_type(self, f, args, kwnames),
            Some(Kind::Wrapper)
                if f.downcast::<PyWrapper>().unwrap().kind == WrapperKind::StaticMethod =>
            {
                let inner = f.downcast::<PyWrapper>().unwrap().func.clone();
                self.call(&inner, args, kwnames)
            }
            _ => {
                let ty = self.type_of(f);
                let c = self.intern("__call__");
                match type_lookup(&ty, &c) {
                    Some(m) => self.call_slot(&m, f, &ty, args, kwnames),
                    None => {
                        Err(self
                            .type_error(format!("'{}' object is not callable", self.type_name(f))))
                    }
                }
            }
        }
    }

    /// Calls a method by name on `obj`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let f = self.getattr_str(obj, name)?;
        self.call(&f, args, &[])
    }

    /// Looks up a special method on the type (not the instance) and calls it.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let n = self.intern(name);
        match type_lookup(&ty, &n) {
            // A builtin class's own operator dunder: the caller's payload path does the same
            // without copying the payload.
            Some(f) if crate::dunders::is_payload_dunder(self, &f) => Ok(None),
            Some(f) => Ok(Some(self.call_slot(&f, obj, &ty, args, &[])?)),
            None => Ok(None),
        }
    }

    /// Calls `f`, a special method found on `ty`, the type of `obj`: a function or method
    /// descriptor gets `obj` as its first argument; any other attribute is bound through
    /// the descriptor protocol first (a callable instance without `__get__` is called as is).
    pub fn call_slot(
        &mut self,
        f: &Value,
        obj: &Value,
        ty: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let plain = match f.kind() {
            Some(Kind::Function) => true,
            Some(Kind::Builtin) => {
                let b = f.downcast::<PyBuiltin>().unwrap();
                b.owner.is_some() && b.self_.is_none()
            }
            _ => false,
        };
        if plain {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            return self.call(f, &full, kwnames);
        }
        let bound = self.bind(f.clone(), obj, ty)?;
        self.call(&bound, args, kwnames)
    }

    // ----- numbers ---------------------------------------------------------------------------------

    /// `v.__index__()` if `v`'s class defines it, checked to return an int.
    pub fn call_index(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let Some(r) = self.call_special(v, "__index__", &[])? else {
            return Ok(None);
        };
        if as_int(&r).is_none() {
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )));
        }
        Ok(Some(r))
    }

    /// `operator.index(v)` as an i64 (IndexError beyond).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(i),
            Some(IntRef::Big(b)) => b.to_i64().ok_or_else(|| {
                self.err("IndexError", "cannot fit 'int' into an index-sized integer")
            }),
            None => {
                if let Some(r) = self.call_index(v)? {
                    return self.index_value(&r);
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
        }
    }

    /// Stores a function attribute that lives in the function object itself (its name,
    /// qualified name, defaults, doc, module, annotations). False for other names.
    fn set_function_field(&mut self, f: &PyFunction, name: &str, v: &Value) -> PyResult<bool> {
        let none_or = |vm: &Vm, v: &Value| (!v.is(&vm.none)).then(|| v.clone());
        match name {
            "__name__" | "__qualname__" => {
                if v.kind() != Some(Kind::Str) {
                    return Err(self.type_error(format!("{name} must be set to a string object")));
                }
                let slot = if name == "__name__" {
                    &f.name
                } else {
                    &f.qualname
                };
                *slot.borrow_mut() = v.clone();
            }
            "__defaults__" | "__kwdefaults__" => {
                let want = if name == "__defaults__" {
                    Kind::Tuple
                } else {
                    Kind::Dict
                };
                if !v.is(&self.none) && v.kind() != Some(want) {
                    let what = if want == Kind::Tuple { "tuple" } else { "dict" };
                    return Err(self.type_error(format!("{name} must be set to a {what} object")));
                }
                let slot = if name == "__defaults__" {
                    &f.defaults
                } else {
                    &f.kwdefaults
                };
                *slot.borrow_mut() = none_or(self, v);
            }
            "__doc__" => *f.doc.borrow_mut() = v.clone(),
            "__module__" => *f.module.borrow_mut() = v.clone(),
            "__annotations__" => *f.annotations.borrow_mut() = none_or(self, v),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `set |= set` and friends, and `dict |= other`: they change the left operand in place
    /// (unless its class defines the in-place method itself). None for other operands.
    fn inplace_container_op(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        ta: &Value,
        iname: &str,
    ) -> PyResult<Option<Value>> {
        let kind = a.kind();
        let candidate = match kind {
            Some(Kind::Set) => {
                matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                    && !a.downcast::<PySet>().unwrap().frozen
                    && b.kind() == Some(Kind::Set)
            }
            Some(Kind::Dict) => op == BinOp::Or,
            _ => false,
        };
        if !candidate {
            return Ok(None);
        }
        let n = self.intern(iname);
        if type_lookup(ta, &n).is_some_and(|f| f.kind() != Some(Kind::Builtin)) {
            return Ok(None);
        }
        if kind == Some(Kind::Dict) {
            crate::builtins::dict_update(self, a, b)?;
            return Ok(Some(a.clone()));
        }
        match op {
            BinOp::Or => self.set_update_from(a, b)?,
            BinOp::Sub => crate::arith::set_discard_all(self, a, b)?,
            BinOp::Xor => crate::arith::set_toggle_all(self, a, b)?,
            _ => {
                // The intersection is built apart, then becomes the set's table.
                let r = crate::arith::set_op(self, a, b, op)?;
                let table = std::mem::take(&mut *r.downcast::<PySet>().unwrap().table.borrow_mut());
                let old = std::mem::replace(
                    &mut *a.downcast::<PySet>().unwrap().table.borrow_mut(),
                    table,
                );
                drop(old);
            }
        }
        Ok(Some(a.clone()))
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int())
            && let Some(r) = self.small_int_op(x, y, op)?
        {
            return Ok(r);
        }
        if inplace && op == BinOp::Add && a.kind() == Some(Kind::List) && exact_builtin(a) {
            let items = self.collect(b)?;
            a.downcast::<PyList>().unwrap().0.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        if inplace
            && op == BinOp::Mul
            && a.kind() == Some(Kind::List)
            && exact_builtin(a)
            && let Some(IntRef::Small(_)) = as_int(b)
        {
            let out = crate::methods::list_repeated(self, a, b)?;
            *a.downcast::<PyList>().unwrap().0.borrow_mut() = out;
            return Ok(a.clone());
        }
        if inplace
            && matches!(op, BinOp::Add | BinOp::Mul)
            && a.kind() == Some(Kind::ByteArray)
            && exact_builtin(a)
        {
            // `bytearray += x` and `*= n` change the bytearray itself.
            let r = crate::arith::builtin_binop(self, a, b, op)?;
            if let Some(r) = r {
                let bytes = r.downcast::<PyByteArray>().map(|x| x.0.borrow().clone());
                if let Some(bytes) = bytes {
                    *a.downcast::<PyByteArray>().unwrap().0.borrow_mut() = bytes;
                    return Ok(a.clone());
                }
                return Ok(r);
            }
        }
        if exact_builtin(a)
            && exact_builtin(b)
            && !inplace
            && let Some(r) = crate::arith::builtin_binop(self, a, b, op)?
        {
            return Ok(r);
        }
        let (name, rname, iname) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        if inplace && let Some(r) = self.inplace_container_op(a, b, op, &ta, iname)? {
            return Ok(r);
        }
        // `str % x`: str's own formatting goes first unless x's class is a str subclass (whose
        // __rmod__ may then take over).
        if op == BinOp::Mod
            && exact_builtin(a)
            && a.kind() == Some(Kind::Str)
            && !is_subtype(&tb, &ta)
        {
            return crate::format::percent_format(self, a, b);
        }
        if inplace
            && exact_builtin(a)
            && exact_builtin(b)
            && let Some(r) = crate::arith::builtin_binop(self, a, b, op)?
        {
            return Ok(r);
        }
        if inplace {
            let n = self.intern(iname);
            if let Some(f) = type_lookup(&ta, &n) {
                let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let n = self.intern(name);
        let rn = self.intern(rname);
        let fa = type_lookup(&ta, &n);
        let fb = if ta.is(&tb) {
            None
        } else {
            type_lookup(&tb, &rn)
        };
        let reflected_first = fb.is_some() && is_subtype(&tb, &ta) && !ta.is(&tb);
        if reflected_first {
            let r = self.call(fb.as_ref().unwrap(), &[b.clone(), a.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(f) = fa {
            let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if !reflected_first && let Some(f) = fb {
            let r = self.call(&f, &[b.clone(), a.clone()], &[])?;
            if !r.is(&self.not_implemented) {
                return Ok(r);
            }
        }
        if let Some(r) = crate::arith::builtin_binop(self, a, b, op)? {
            return Ok(r);
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && a.kind() == Some(Kind::Str) && exact_builtin(a) {
            return Err(self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            )));
        }
        let is_seq = |v: &Value| {
            matches!(
                v.kind(),
                Some(Kind::Str) | Some(Kind::List) | Some(Kind::Tuple) | Some(Kind::Bytes)
            )
        };
        if op == BinOp::Mul
            && (is_seq(a) && as_int(b).is_none() || is_seq(b) && as_int(a).is_none())
        {
            let (seq, other) = if is_seq(a) { (a, b) } else { (b, a) };
            // A repeat count may be any object with __index__.
            if let Some(n) = self.call_index(other)?
                && as_int(&n).is_some()
            {
                return self.binary_op(seq, &n, op, inplace);
            }
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )));
        }
        if op == BinOp::Add && a.kind() == Some(Kind::List) && exact_builtin(a) {
            return Err(self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && a.kind() == Some(Kind::Tuple) && exact_builtin(a) {
            return Err(self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            )));
        }
        if op == BinOp::Add && matches!(a.kind(), Some(Kind::Bytes | Kind::ByteArray)) {
            return Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{}' and '{}'",
            self.type_name(a),
            self.type_name(b)
        )))
    }

    #[inline]
    pub fn small_int_op(&mut self, x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Some(Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Some(x.mod_floor(&y))
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Some(self.float(x as f64 / y as f64)));
                }
                return Ok(None);
            }
            _ => return Ok(None),
        };
        Ok(r.and_then(Value::small_int))
    }

    // ----- iteration -------------------------------------------------------------------------------

    /// Whether an operation on `v` can use its builtin payload directly: an exact builtin, or
    /// a subclass that does not override the dunder `name` in Python.
    fn payload_slot(&mut self, v: &Value, name: &str) -> bool {
        if exact_builtin(v) {
            return true;
        }
        if matches!(v.kind(), None | Some(Kind::Instance)) {
            return false;
        }
        let ty = self.type_of(v);
        let n = self.intern(name);
        type_lookup(&ty, &n).is_none_or(|f| f.kind() == Some(Kind::Builtin))
    }

    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if self.payload_slot(v, "__iter__") {
            let st = match v.kind() {
                Some(Kind::List)
                | Some(Kind::Tuple)
                | Some(Kind::Bytes)
                | Some(Kind::ByteArray) => Some(IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                }),
                Some(Kind::Str) => Some(IterState::Str {
                    s: v.clone(),
                    byte: 0,
                }),
                Some(Kind::Dict) => {
                    let len = v.downcast::<PyDict>().unwrap().0.borrow().len();
                    Some(IterState::Dict {
                        dict: v.clone(),
                        idx: 0,
                        which: 0,
                        len,
                        last: None,
                    })
                }
                Some(Kind::Set) => {
                    let len = v.downcast::<PySet>().unwrap().table.borrow().len();
                    Some(IterState::Set {
                        set: v.clone(),
                        idx: 0,
                        len,
                    })
                }
                Some(Kind::Range) => Some(crate::builtins::range_iter(self, v)?),
                Some(Kind::Iter) => return Ok(v.clone()),
                Some(Kind::Generator) if crate::coroutine::is_plain_generator(self, v) => {
                    return Ok(v.clone());
                }
                Some(Kind::Wrapper) => {
                    let w = v.downcast::<PyWrapper>().unwrap();
                    let which = match w.kind {
                        WrapperKind::DictKeys | WrapperKind::MappingProxy => 0,
                        WrapperKind::DictValues => 1,
                        WrapperKind::DictItems => 2,
                        _ => 9,
                    };
                    if which < 9 {
                        let len = w.func.downcast::<PyDict>().unwrap().0.borrow().len();
                        Some(IterState::Dict {
                            dict: w.func.clone(),
                            idx: 0,
                            which,
                            len,
                            last: None,
                        })
                    } else {
                        None
                    }
                }
                _ => None,
            };
            if let Some(st) = st {
                return Ok(self.iter_obj(st));
            }
        }
        // `__iter__ = None` in a class declares its instances not iterable.
        let ty = self.type_of(v);
        let key = self.intern("__iter__");
        if type_lookup(&ty, &key).is_some_and(|f| f.is(&self.none)) {
            return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
        }
        if let Some(r) = self.call_special(v, "__iter__", &[])? {
            let rt = self.type_of(&r);
            let nx = self.intern("__next__");
            if r.kind() != Some(Kind::Iter)
                && r.kind() != Some(Kind::Generator)
                && type_lookup(&rt, &nx).is_none()
            {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&r)
                )));
            }
            return Ok(r);
        }
        match v.kind() {
            Some(Kind::Dict) => {
                let len = v.downcast::<PyDict>().unwrap().0.borrow().len();
                return Ok(self.iter_obj(IterState::Dict {
                    dict: v.clone(),
                    idx: 0,
                    which: 0,
                    len,
                    last: None,
                }));
            }
            Some(Kind::Set) => {
                let len = v.downcast::<PySet>().unwrap().table.borrow().len();
                return Ok(self.iter_obj(IterState::Set {
                    set: v.clone(),
                    idx: 0,
                    len,
                }));
            }
            Some(Kind::Str) => {
                return Ok(self.iter_obj(IterState::Str {
                    s: v.clone(),
                    byte: 0,
                }));
            }
            Some(Kind::List) | Some(Kind::Tuple) => {
                return Ok(self.iter_obj(IterState::Seq {
                    seq: v.clone(),
                    idx: 0,
                }));
            }
            _ => {}
        }
        let ty = self.type_of(v);
        let gi = self.intern("__getitem__");
        if type_lookup(&ty, &gi).is_some() {
            return Ok(self.iter_obj(IterState::Seq {
                seq: v.clone(),
                idx: 0,
            }));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    /// Advances an iterator: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(i) = it.downcast::<PyIter>() {
            return crate::iter::iter_next(self, i);
        }
        if crate::coroutine::is_plain_generator(self, it) {
            return crate::generator::gen_next(self, it);
        }
        let r = self.call_special(it, "__next__", &[]);
        match r {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))),
            Err(e) if self.exc_matches(&e, "StopIteration") => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Collects an iterable into a vector.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if exact_builtin(v) {
            if let Some(l) = v.downcast::<PyList>() {
                return Ok(l.0.borrow().clone());
            }
            if let Some(t) = v.downcast::<PyTuple>() {
                return Ok(t.0.to_vec());
            }
        }
        let it = self.iter(v)?;
        if crate::coroutine::is_plain_generator(self, &it) {
            use crate::generator::{Driven, Sink};
            let mut sink = Sink::Collect(Vec::new());
            // It declines items only while a profiler watches each resumption.
            while let Driven::Declined(x) = crate::generator::drive(self, &it, &mut sink)? {
                if let Sink::Collect(out) = &mut sink {
                    out.push(x);
                }
            }
            let Sink::Collect(out) = sink else {
                unreachable!("a collecting sink stays one")
            };
            return Ok(out);
        }
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if self.payload_slot(container, "__contains__") {
            match container.kind() {
                Some(Kind::Dict) => return Ok(self.dict_get(container, item)?.is_some()),
                Some(Kind::Set) => return self.set_contains(container, item),
                Some(Kind::Str) => {
                    let Some(s) = item.downcast::<PyStr>() else {
                        return Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {}",
                            self.type_name(item)
                        )));
                    };
                    return Ok(container.downcast::<PyStr>().unwrap().s.contains(&*s.s));
                }
                Some(Kind::Bytes) | Some(Kind::ByteArray) => {
                    return crate::bytes_methods::bytes_contains(self, container, item);
                }
                Some(Kind::List) | Some(Kind::Tuple) => {
                    // The payload's items: a subclass's `__iter__` does not change `in`.
                    let items: Vec<Value> = match container.downcast::<PyList>() {
                        Some(l) => l.0.borrow().clone(),
                        None => container.downcast::<PyTuple>().unwrap().0.to_vec(),
                    };
                    for x in items {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                _ => {}
            }
        }
        if let Some(r) = self.call_special(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        match container.kind() {
            Some(Kind::Dict) => return Ok(self.dict_get(container, item)?.is_some()),
            Some(Kind::Set) => return self.set_contains(container, item),
            _ => {}
        }
        let ty = self.type_of(container);
        let it_name = self.intern("__iter__");
        let gi = self.intern("__getitem__");
        if type_lookup(&ty, &it_name).is_none()
            && type_lookup(&ty, &gi).is_none()
            && !matches!(
                container.kind(),
                Some(Kind::Iter) | Some(Kind::Generator) | Some(Kind::Range) | Some(Kind::Wrapper)
            )
        {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn cmp_result(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

fn is_object_slot(vm: &Vm, f: &Value) -> bool {
    let _ = vm;
    f.kind() == Some(Kind::Builtin)
}

/// `__slots__` of a class, if it restricts instance attributes.
pub fn slots_of(ty: &Value) -> Option<Vec<std::rc::Rc<str>>> {
    let t = ty.downcast::<PyType>()?;
    if !t.heap || t.slots.borrow().is_none() {
        return None;
    }
    let mut all: Vec<std::rc::Rc<str>> = Vec::new();
    for m in t.mro.borrow().iter() {
        let mt = m.downcast::<PyType>()?;
        if !mt.heap {
            continue;
        }
        match mt.slots.borrow().as_ref() {
            Some(s) => all.extend(s.iter().cloned()),
            None => return None,
        }
    }
    Some(all)
}

/// Invalidates caches keyed on the version of `ty` and its subclasses.
pub fn bump_versions(ty: &Value) {
    bump_type_epoch();
    if let Some(t) = ty.downcast::<PyType>() {
        t.version.set(t.version.get().wrapping_add(1));
    }
}

pub fn err_value(e: PyErr) -> Value {
    e.0
}
