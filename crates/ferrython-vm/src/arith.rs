//! Arithmetic on builtin payloads: arbitrary-precision ints, floats, and the sequence and set
//! operators (`+`, `*`, `|`, `&`, `-`, `^`, `%`-formatting). Returns `Ok(None)` when the
//! operand types are not handled here, so that dunder dispatch can try.

use ferrython_bytecode::BinOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::objects::*;
use crate::ops::{IntRef, as_float, as_int, to_bigint};
use crate::value::{Kind, Value};
use crate::vm::{PyResult, Vm};

fn is_intlike(v: &Value) -> bool {
    as_int(v).is_some()
}

pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if is_intlike(a) && is_intlike(b) {
        return int_op(vm, a, b, op);
    }
    let fa = a.kind() == Some(Kind::Float);
    let fb = b.kind() == Some(Kind::Float);
    if (fa || is_intlike(a)) && (fb || is_intlike(b)) {
        let x =
            as_float(a).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
        let y =
            as_float(b).ok_or_else(|| vm.overflow_error("int too large to convert to float"))?;
        return float_op(vm, x, y, op);
    }
    let is_num =
        |v: &Value| is_intlike(v) || matches!(v.kind(), Some(Kind::Float) | Some(Kind::Complex));
    if (a.kind() == Some(Kind::Complex) || b.kind() == Some(Kind::Complex))
        && is_num(a)
        && is_num(b)
    {
        let parts = |v: &Value| match v.downcast::<PyComplex>() {
            Some(c) => (c.re, c.im),
            None => (as_float(v).unwrap_or(f64::NAN), 0.0),
        };
        let ((ar, ai), (br, bi)) = (parts(a), parts(b));
        let (r, i) = match op {
            BinOp::Add => (ar + br, ai + bi),
            BinOp::Sub => (ar - br, ai - bi),
            BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
            BinOp::TrueDiv => {
                if br == 0.0 && bi == 0.0 {
                    return Err(vm.zero_division("complex division by zero"));
                }
                complex_div((ar, ai), (br, bi))
            }
            BinOp::Pow => complex_pow(vm, (ar, ai), (br, bi))?,
            _ => return Ok(None),
        };
        return Ok(Some(vm.complex(r, i)));
    }
    match (a.kind(), b.kind(), op) {
        (Some(Kind::Str), Some(Kind::Str), BinOp::Add) => {
            let (x, y) = (
                a.downcast::<PyStr>().unwrap(),
                b.downcast::<PyStr>().unwrap(),
            );
            Ok(Some(str_concat(vm, (a, x), (b, y))))
        }
        (Some(Kind::Str), _, BinOp::Mul) | (_, Some(Kind::Str), BinOp::Mul) => {
            let (s, n) = if a.kind() == Some(Kind::Str) {
                (a, b)
            } else {
                (b, a)
            };
            let Some(n) = repeat_count(vm, n)? else {
                return Ok(None);
            };
            let st = &s.downcast::<PyStr>().unwrap().s;
            check_repeat(
                vm,
                st.chars().count(),
                n,
                Some("repeated string is too long"),
            )?;
            Ok(Some(vm.str(st.repeat(n))))
        }
        (Some(Kind::Str), _, BinOp::Mod) => Ok(Some(crate::format::percent_format(vm, a, b)?)),
        (Some(Kind::Bytes | Kind::ByteArray), _, BinOp::Mod) => {
            Ok(Some(crate::bytes_methods::percent_format(vm, a, b)?))
        }
        (Some(Kind::List), Some(Kind::List), BinOp::Add) => {
            let mut v = a.downcast::<PyList>().unwrap().0.borrow().clone();
            v.extend(b.downcast::<PyList>().unwrap().0.borrow().iter().cloned());
            Ok(Some(vm.list(v)))
        }
        (Some(Kind::Tuple), Some(Kind::Tuple), BinOp::Add) => {
            let mut v = a.downcast::<PyTuple>().unwrap().0.to_vec();
            v.extend(b.downcast::<PyTuple>().unwrap().0.iter().cloned());
            Ok(Some(vm.tuple(v)))
        }
        (Some(Kind::Bytes | Kind::ByteArray), Some(Kind::Bytes | Kind::ByteArray), BinOp::Add) => {
            let mut v = bytes_payload(a);
            v.extend_from_slice(&bytes_payload(b));
            Ok(Some(bytes_like(vm, a, v)))
        }
        (Some(Kind::Bytes | Kind::ByteArray), _, BinOp::Mul)
        | (_, Some(Kind::Bytes | Kind::ByteArray), BinOp::Mul) => {
            let (s, n) = if matches!(a.kind(), Some(Kind::Bytes | Kind::ByteArray)) {
                (a, b)
            } else {
                (b, a)
            };
            let Some(n) = repeat_count(vm, n)? else {
                return Ok(None);
            };
            let payload = bytes_payload(s);
            check_repeat(vm, payload.len(), n, Some("repeated bytes are too long"))?;
            let v = payload.repeat(n);
            Ok(Some(bytes_like(vm, s, v)))
        }
        (Some(Kind::List), _, BinOp::Mul)
        | (Some(Kind::Tuple), _, BinOp::Mul)
        | (_, Some(Kind::List), BinOp::Mul)
        | (_, Some(Kind::Tuple), BinOp::Mul) => {
            let (s, n) = if matches!(a.kind(), Some(Kind::List) | Some(Kind::Tuple)) {
                (a, b)
            } else {
                (b, a)
            };
            let Some(n) = repeat_count(vm, n)? else {
                return Ok(None);
            };
            let items = vm.collect(s)?;
            check_repeat(vm, items.len(), n, None)?;
            let out = crate::methods::repeat_items(&items, n);
            Ok(Some(if s.kind() == Some(Kind::List) {
                vm.list(out)
            } else {
                vm.tuple(out)
            }))
        }
        (Some(Kind::Set), Some(Kind::Set), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            Ok(Some(set_op(vm, a, b, op)?))
        }
        (Some(Kind::Dict), Some(Kind::Dict), BinOp::Or) => {
            let out = vm.dict();
            for src in [a, b] {
                let items: Vec<(Value, Value)> = src.downcast::<PyDict>().unwrap().items();
                for (k, v) in items {
                    vm.dict_set(&out, k, v)?;
                }
            }
            Ok(Some(out))
        }
        _ => Ok(None),
    }
}

/// `a OP b` for two sets, building the result the way CPython does so that its table (and
/// so its iteration order) is the same: a copy of `a` updated with `b` for `|`, the smaller
/// operand's matches for `&`, and a copy of `b` updated symmetrically with `a` for `^`.
pub fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let frozen = a.downcast::<PySet>().unwrap().frozen;
    let out = vm.set(frozen);
    let len = |v: &Value| v.downcast::<PySet>().unwrap().table.borrow().len();
    match op {
        BinOp::Or => {
            vm.set_update_from(&out, a)?;
            vm.set_update_from(&out, b)?;
        }
        BinOp::And => {
            let (small, large) = if len(b) > len(a) { (a, b) } else { (b, a) };
            for x in small.downcast::<PySet>().unwrap().items() {
                if vm.set_contains(large, &x)? {
                    vm.set_add(&out, x)?;
                }
            }
        }
        BinOp::Sub => {
            if len(a) >> 2 > len(b) {
                vm.set_update_from(&out, a)?;
                set_discard_all(vm, &out, b)?;
            } else {
                for x in a.downcast::<PySet>().unwrap().items() {
                    if !vm.set_contains(b, &x)? {
                        vm.set_add(&out, x)?;
                    }
                }
            }
        }
        _ => {
            vm.set_update_from(&out, b)?;
            set_toggle_all(vm, &out, a)?;
        }
    }
    Ok(out)
}

/// `s -= other` in place.
pub fn set_discard_all(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        s.downcast::<PySet>().unwrap().table.borrow_mut().clear();
        return Ok(());
    }
    for x in other.downcast::<PySet>().unwrap().items() {
        vm.set_discard(s, &x)?;
    }
    Ok(())
}

/// `s ^= other` in place: each element of `other` is removed from `s` if present, else added.
pub fn set_toggle_all(vm: &mut Vm, s: &Value, other: &Value) -> PyResult<()> {
    if s.is(other) {
        s.downcast::<PySet>().unwrap().table.borrow_mut().clear();
        return Ok(());
    }
    for x in other.downcast::<PySet>().unwrap().items() {
        if !vm.set_discard(s, &x)? {
            vm.set_add(s, x)?;
        }
    }
    Ok(())
}

/// An int operand that fits 128 bits.
fn as_i128(v: &Value) -> Option<i128> {
    match as_int(v)? {
        IntRef::Small(i) => Some(i as i128),
        IntRef::Big(b) => b.to_i128(),
    }
}

/// `x OP y` in 128-bit arithmetic, when the operands and the result fit (ints a little
/// beyond 64 bits, such as a 48-bit random generator's products, need no big-int
/// allocation); None hands the operation to the big-int path, which also raises the errors.
fn wide_int_op(x: i128, y: i128, op: BinOp) -> Option<i128> {
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::And => Some(x & y),
        BinOp::Or => Some(x | y),
        BinOp::Xor => Some(x ^ y),
        BinOp::RShift if y >= 0 => Some(x >> y.min(127)),
        BinOp::LShift if (0..127).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        BinOp::FloorDiv if y != 0 => {
            let (q, r) = (x.checked_div(y)?, x % y);
            Some(if r != 0 && (r < 0) != (y < 0) {
                q - 1
            } else {
                q
            })
        }
        BinOp::Mod if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) {
                r + y
            } else {
                r
            })
        }
        _ => None,
    }
}

fn int_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let bools = a.kind() == Some(Kind::Bool)
        && b.kind() == Some(Kind::Bool)
        && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor);
    if !bools
        && let (Some(x), Some(y)) = (as_i128(a), as_i128(b))
        && let Some(r) = wide_int_op(x, y, op)
    {
        return Ok(Some(match i64::try_from(r) {
            Ok(i) => vm.int(i),
            Err(_) => vm.bigint(BigInt::from(r)),
        }));
    }
    let x = to_bigint(a).unwrap();
    let y = to_bigint(b).unwrap();
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(vm.float(int_true_div(vm, &x, &y)?)));
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = x.to_f64().unwrap_or(f64::INFINITY);
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                if xf == 0.0 {
                    return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                }
                return Ok(Some(vm.float(xf.powf(yf))));
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x.is_one() {
                    return Ok(Some(a.clone()));
                }
                return Err(vm.err("MemoryError", ""));
            };
            if x.bits() * e as u64 > 1 << 32 {
                return Err(vm.err("MemoryError", ""));
            }
            num_traits::pow(x, e as usize)
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
            if s > 1 << 32 {
                return Err(vm.overflow_error("too many digits in integer"));
            }
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > 1 << 32 {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                // Arithmetic shift: floor division by 2**s.
                x.div_floor(&(BigInt::one() << s))
            }
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::MatMul => return Ok(None),
    };
    if bools {
        return Ok(Some(vm.bool(!r.is_zero())));
    }
    Ok(Some(vm.bigint(r)))
}

/// `x / y` for ints, correctly rounded (round-half-even) like CPython, also for ints too
/// large for a float.
pub fn int_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64())
        && a.abs() < 9.0e15
        && b.abs() < 9.0e15
    {
        // Both exact in a float: IEEE division rounds correctly.
        return Ok(a / b);
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has 55 bits, then round it to the float's precision.
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let qbits = q.bits() as i64;
    // floor(log2(result)); below -1022 the float is subnormal and keeps fewer bits.
    let e = qbits - shift - 1;
    if e >= 1024 {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    let mut extra = qbits - 53;
    if e < -1022 {
        extra += -1022 - e;
    }
    let m = if extra <= 0 {
        q.clone()
    } else if extra > qbits {
        BigInt::zero()
    } else {
        let extra_u = extra as usize;
        let low = &q & ((BigInt::one() << extra_u) - 1);
        let half = BigInt::one() << (extra_u - 1);
        let mut m = &q >> extra_u;
        if low > half || (low == half && (!r.is_zero() || m.is_odd())) {
            m += 1;
        }
        m
    };
    let mut f = m.to_f64().unwrap_or(0.0);
    let mut exp = extra.max(0) - shift;
    // Apply the power of two in steps that keep each factor finite and exact.
    while exp > 0 {
        let s = exp.min(1000);
        f *= 2f64.powi(s as i32);
        exp -= s;
    }
    while exp < 0 {
        let s = exp.max(-1000);
        f *= 2f64.powi(s as i32);
        exp -= s;
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -f } else { f })
}

pub fn float_op(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // A negative base to a fractional power is complex: |x|**y * e**(i*pi*y).
                let r = (-x).powf(y);
                let theta = std::f64::consts::PI * y;
                return Ok(Some(vm.complex(r * theta.cos(), r * theta.sin())));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(vm.float(r)))
}

/// Python's float floor division and modulo (result of `%` has the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// The bytes of a bytes or bytearray value.
fn bytes_payload(v: &Value) -> Vec<u8> {
    match v.downcast::<PyBytes>() {
        Some(b) => b.b.to_vec(),
        None => v.downcast::<PyByteArray>().unwrap().0.borrow().clone(),
    }
}

/// A result of the same kind as `like` (bytearray operands give bytearrays).
fn bytes_like(vm: &Vm, like: &Value, b: Vec<u8>) -> Value {
    if like.kind() == Some(Kind::ByteArray) {
        Value::new_object(&vm.t.bytearray, PyByteArray(std::cell::RefCell::new(b)))
    } else {
        vm.bytes(b)
    }
}

fn complex_mul((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    (ar * br - ai * bi, ar * bi + ai * br)
}

/// Complex division scaled by the larger part of the divisor (Smith's method, as CPython),
/// which avoids overflow and matches CPython's results bit for bit.
fn complex_div((ar, ai): (f64, f64), (br, bi): (f64, f64)) -> (f64, f64) {
    if br.abs() >= bi.abs() {
        let ratio = bi / br;
        let denom = br + bi * ratio;
        ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
    } else if bi.abs() >= br.abs() {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// `a ** b` for complex numbers: repeated squaring for small integral exponents, else the
/// polar form (the same split CPython makes, so results agree).
fn complex_pow(vm: &Vm, a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(vm.zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut x = a;
        let mut k = n.unsigned_abs();
        while k > 0 {
            if k & 1 == 1 {
                r = complex_mul(r, x);
            }
            x = complex_mul(x, x);
            k >>= 1;
        }
        if n < 0 {
            r = complex_div((1.0, 0.0), r);
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    if len.is_infinite() {
        return Err(vm.overflow_error("complex exponentiation"));
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// The count of a sequence repetition: negative counts are zero; `None` if `n` is not an int.
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<usize>> {
    Ok(Some(match as_int(n) {
        None => return Ok(None),
        Some(IntRef::Small(i)) => i.max(0) as usize,
        Some(IntRef::Big(b)) => match b.to_i64() {
            Some(i) => i.max(0) as usize,
            None => {
                return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
        },
    }))
}

/// Refuses a repetition of `len` items `n` times that cannot be allocated: CPython's
/// OverflowError (`overflow`) when the size does not fit an index, else MemoryError.
fn check_repeat(vm: &Vm, len: usize, n: usize, overflow: Option<&str>) -> PyResult<()> {
    let total = (len as u128) * (n as u128);
    if total > i64::MAX as u128
        && let Some(msg) = overflow
    {
        return Err(vm.overflow_error(msg));
    }
    // What no machine of ours could hold (16 GiB of items).
    if total > 1 << 34 {
        return Err(vm.err("MemoryError", ""));
    }
    Ok(())
}

/// `a + b` of two strs: an empty operand gives the other one itself when that is an exact
/// str, as in CPython; otherwise a new str.
pub fn str_concat(vm: &Vm, (a, x): (&Value, &PyStr), (b, y): (&Value, &PyStr)) -> Value {
    let exact = |v: &Value| v.header_type().is_some_and(|t| t.is(&vm.t.str));
    if y.len == 0 && exact(a) {
        a.clone()
    } else if x.len == 0 && exact(b) {
        b.clone()
    } else {
        Value::new_object(&vm.t.str, PyStr::concat(x, y))
    }
}
