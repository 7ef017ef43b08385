//! The `math` functions beyond the elementary ones in `sysmod`: integer combinatorics
//! (`lcm`, `comb`, `perm`, `prod`), float decomposition (`frexp`, `ldexp`, `modf`), exact
//! summation (`fsum`), and the inverse hyperbolics and friends that map onto Rust's `f64`.
//! `erf`, `erfc`, `gamma` and `lgamma` are not provided: they would need CPython's exact
//! approximations to print the same digits.

use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

use crate::ops::{as_float, to_bigint};
use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))
    })
}

fn float_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<f64> {
    let v = args
        .get(i)
        .ok_or_else(|| vm.type_error("missing required argument"))?;
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if to_bigint(v).is_some() {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn lcm(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = BigInt::one();
    for a in args {
        let b = int_arg(vm, a)?;
        if b.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        acc = num_integer::Integer::lcm(&acc, &b);
    }
    Ok(vm.bigint(acc.abs()))
}

fn nonneg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = int_arg(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error(format!("{what} must be a non-negative integer")));
    }
    Ok(n)
}

/// n! / (n-k)!, zero when k > n.
fn falling(n: &BigInt, k: &BigInt) -> BigInt {
    if k > n {
        return BigInt::zero();
    }
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while &i < k {
        acc *= n - &i;
        i += 1;
    }
    acc
}

fn comb(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("comb expected 2 arguments, got {}", args.len())));
    }
    let n = nonneg(vm, &args[0], "n")?;
    let k = nonneg(vm, &args[1], "k")?;
    if k > n {
        return Ok(vm.int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(vm.bigint(acc))
}

fn perm(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            args.len()
        )));
    }
    let n = nonneg(vm, &args[0], "n")?;
    let k = match args.get(1) {
        Some(k) if !k.is(&vm.none) => nonneg(vm, k, "k")?,
        _ => n.clone(),
    };
    Ok(vm.bigint(falling(&n, &k)))
}

fn prod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = args.len() - kw.len();
    let Some(it) = args.first().filter(|_| npos >= 1) else {
        return Err(vm.type_error("prod() takes exactly 1 positional argument (0 given)"));
    };
    let mut acc = vm.int(1);
    for (k, v) in kw.iter().zip(&args[npos..]) {
        if crate::objects::str_of(k) == Some("start") {
            acc = v.clone();
        }
    }
    for x in vm.collect(it)? {
        acc = vm.binary_op(&acc, &x, ferrython_bytecode::BinOp::Mul, false)?;
    }
    Ok(acc)
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    if x == 0.0 || !x.is_finite() {
        let (m, e) = (vm.float(x), vm.int(0));
        return Ok(vm.tuple(vec![m, e]));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp == 0 {
        // Subnormal: scale into the normal range first.
        let y = x * 2f64.powi(54);
        let ey = ((y.to_bits() >> 52) & 0x7ff) as i64;
        (
            f64::from_bits((y.to_bits() & !(0x7ff << 52)) | (1022 << 52)),
            ey - 1022 - 54,
        )
    } else {
        (
            f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52)),
            exp - 1022,
        )
    };
    let (m, e) = (vm.float(m), vm.int(e));
    Ok(vm.tuple(vec![m, e]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let Some(e) = args.get(1).and_then(to_bigint) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let e = num_traits::ToPrimitive::to_i64(&e).unwrap_or(if e.is_negative() {
        i64::MIN
    } else {
        i64::MAX
    });
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.float(x));
    }
    // Scale in steps so intermediate powers of two stay finite.
    let mut r = x;
    let mut e = e.clamp(-2200, 2200) as i32;
    while e > 1000 {
        r *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        r *= 2f64.powi(-1000);
        e += 1000;
    }
    r *= 2f64.powi(e);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(r))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    let (f, i) = (vm.float(f), vm.float(i));
    Ok(vm.tuple(vec![f, i]))
}

/// `sumprod(p, q)`: the sum of products; exact for ints, and for floats the correctly
/// rounded sum of the exact products (each split into product and rounding error by a
/// fused multiply-add, then summed by `fsum`).
fn sumprod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let [p, q] = args else {
        return Err(vm.type_error(format!(
            "sumprod() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    };
    let (p, q) = (vm.collect(p)?, vm.collect(q)?);
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let all_ints = p.iter().chain(&q).all(|v| to_bigint(v).is_some());
    if all_ints {
        let mut total = num_bigint::BigInt::from(0);
        for (a, b) in p.iter().zip(&q) {
            total += to_bigint(a).unwrap() * to_bigint(b).unwrap();
        }
        return Ok(vm.bigint(total));
    }
    let mut terms = Vec::with_capacity(p.len() * 2);
    for (a, b) in p.iter().zip(&q) {
        match (as_float(a), as_float(b)) {
            (Some(x), Some(y)) => {
                let prod = x * y;
                terms.push(vm.float(prod));
                if prod.is_finite() {
                    terms.push(vm.float(x.mul_add(y, -prod)));
                }
            }
            _ => {
                // Other numbers (Fraction, Decimal...) multiply and add as Python objects.
                let mut total = vm.int(0);
                for (a, b) in p.iter().zip(&q) {
                    let prod = vm.binary_op(a, b, ferrython_bytecode::BinOp::Mul, false)?;
                    total = vm.binary_op(&total, &prod, ferrython_bytecode::BinOp::Add, false)?;
                }
                return Ok(total);
            }
        }
    }
    let list = vm.list(terms);
    fsum(vm, &[list], &[])
}

/// `fsum`: exact sum of floats (Shewchuk's algorithm, as the documentation describes).
fn fsum(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(it) = args.first() else {
        return Err(vm.type_error("fsum() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(it)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in items {
        let mut x = match as_float(&v) {
            Some(f) => f,
            None => {
                return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(&v))));
            }
        };
        if !x.is_finite() {
            if x.is_infinite() {
                inf_sum += x;
            }
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            if hi.is_infinite() {
                return Err(vm.overflow_error("intermediate overflow in fsum"));
            }
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(vm.float(special));
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even across the remaining partials.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(vm.float(hi))
}

fn dist(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", args.len())));
    }
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let (x, y) = (
            float_arg(vm, std::slice::from_ref(a), 0)?,
            float_arg(vm, std::slice::from_ref(b), 0)?,
        );
        acc = acc.hypot(x - y);
    }
    Ok(vm.float(acc))
}

fn unary(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(vm.float(r))
}

macro_rules! unaries {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            unary(vm, args, $f)
        })*
    };
}

use crate::libm_ffi::c;

/// Poles of the gamma function: zero and the negative integers (a domain error in Python).
fn gamma_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

unaries!(
    asinh => c::asinh_,
    acosh => |x: f64| if x < 1.0 { f64::NAN } else { c::acosh_(x) },
    atanh => |x: f64| if x.abs() >= 1.0 { f64::NAN } else { c::atanh_(x) },
    expm1 => c::expm1_,
    log1p => |x: f64| if x <= -1.0 { f64::NAN } else { c::log1p_(x) },
    erf => c::erf_,
    erfc => c::erfc_,
    gamma => |x: f64| if gamma_pole(x) || x == f64::NEG_INFINITY { f64::NAN } else { c::gamma(x) },
    lgamma => |x: f64| if x == f64::NEG_INFINITY { x.abs() } else if gamma_pole(x) { f64::NAN } else { c::lgamma(x) },
    cbrt => c::cbrt_,
    exp2 => f64::exp2,
    exp => f64::exp,
    cosh => f64::cosh,
    sinh => f64::sinh,
);

/// `math.pow`: C's pow with CPython's errors (a zero to a negative power and a negative
/// number to a fractional power are domain errors, a finite result too large overflows).
fn pow(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let y = float_arg(vm, args, 1)?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() {
        if r.is_nan() || (x == 0.0 && y < 0.0) {
            return Err(vm.value_error("math domain error"));
        }
        if r.is_infinite() {
            return Err(vm.overflow_error("math range error"));
        }
    }
    Ok(vm.float(r))
}

/// `math.fmod`: an infinite dividend or a zero divisor is a domain error.
fn fmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let y = float_arg(vm, args, 1)?;
    if (x.is_infinite() && !y.is_nan()) || y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(x % y))
}

fn remainder(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let y = float_arg(vm, args, 1)?;
    if y == 0.0 || x.is_infinite() {
        return Err(vm.value_error("math domain error"));
    }
    if y.is_infinite() {
        return Ok(vm.float(x));
    }
    // IEEE remainder: x - n*y with n the integer nearest x/y (ties to even).
    let n = (x / y).round();
    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 && n % 2.0 != 0.0 {
        n - (x / y).signum()
    } else {
        n
    };
    Ok(vm.float(x - n * y))
}

fn nextafter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?;
    let y = float_arg(vm, args, 1)?;
    let r = if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        y
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else {
        let b = x.to_bits();
        let up = (y > x) == (x > 0.0);
        f64::from_bits(if up { b + 1 } else { b - 1 })
    };
    Ok(vm.float(r))
}

fn ulp(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = float_arg(vm, args, 0)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.float(x));
    }
    if x == f64::MAX {
        return Ok(vm.float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(vm.float(f64::from_bits(x.to_bits() + 1) - x))
}

/// The functions this module adds to `math`.
pub fn functions() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("modf", modf),
        ("fsum", fsum),
        ("sumprod", sumprod),
        ("dist", dist),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("expm1", expm1),
        ("log1p", log1p),
        ("cbrt", cbrt),
        ("exp", exp),
        ("cosh", cosh),
        ("sinh", sinh),
        ("pow", pow),
        ("fmod", fmod),
        ("exp2", exp2),
        ("remainder", remainder),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
    ]
}
