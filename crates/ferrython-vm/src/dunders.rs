//! The operator dunders of the immutable builtin types (`int.__add__`, `str.__contains__`,
//! `tuple.__getitem__`, ...) as attributes, so Python code can call them directly:
//! `(3).__or__(4)`, `super().__getitem__(i)` in a `tuple` subclass, `map(int.__mul__, ...)`.
//!
//! Each works on a plain copy of the receiver's payload (an object of the exact builtin
//! class), so it never dispatches back into a subclass's overriding dunder. Binary operators
//! return NotImplemented for operands they do not handle, as CPython's slot wrappers do.

use ferrython_bytecode::{BinOp, CmpOp, Opcode};

use crate::builtins::add_method;
use crate::objects::*;
use crate::value::{Kind, Value};
use crate::vm::{NativeFn, PyResult, Vm};

/// An object of the exact builtin class holding `v`'s payload, or None when `v` is a plain
/// instance (no builtin payload).
fn plain(vm: &Vm, v: &Value) -> Option<Value> {
    if !v.is_ptr() {
        return Some(v.clone());
    }
    let heap = v
        .header_type()
        .and_then(|t| t.downcast::<PyType>())
        .is_some_and(|t| t.heap);
    if !heap {
        return Some(v.clone());
    }
    if v.kind() == Some(Kind::Set) {
        return None;
    }
    Some(match v.kind()? {
        Kind::BigInt => vm.bigint(v.downcast::<PyBigInt>().unwrap().0.clone()),
        Kind::Float => vm.float(v.downcast::<PyFloat>().unwrap().0),
        Kind::Complex => {
            let c = v.downcast::<PyComplex>().unwrap();
            vm.complex(c.re, c.im)
        }
        Kind::Str => vm.str(v.downcast::<PyStr>().unwrap().as_str()),
        Kind::Bytes => vm.bytes(v.downcast::<PyBytes>().unwrap().b.to_vec()),
        Kind::Tuple => vm.tuple(v.downcast::<PyTuple>().unwrap().0.to_vec()),
        _ => return None,
    })
}

/// `plain` for sets too (their copy can run `__eq__`, hence the result).
fn plain_any(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if v.kind() == Some(Kind::Set) && plain(vm, v).is_none() {
        let s = v.downcast::<PySet>().unwrap();
        let out = vm.set(s.frozen);
        for item in s.items() {
            vm.set_add(&out, item)?;
        }
        return Ok(Some(out));
    }
    Ok(plain(vm, v))
}

fn receiver(vm: &mut Vm, a: &[Value], name: &str) -> PyResult<Value> {
    let first = match a.first() {
        Some(v) => plain_any(vm, v)?,
        None => None,
    };
    match first {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a builtin object"))),
    }
}

/// Position in the numeric tower (int < float < complex); None for other values.
fn numeric_rank(v: &Value) -> Option<u8> {
    match v.kind() {
        None | Some(Kind::BigInt) | Some(Kind::Bool) => Some(0),
        Some(Kind::Float) => Some(1),
        Some(Kind::Complex) => Some(2),
        _ => None,
    }
}

/// A number's dunder handles only operands no higher in the numeric tower than itself
/// (`int.__add__(1, 1.5)` is NotImplemented; float's reflected method does the work).
fn outranks(receiver: &Value, other: &Value) -> bool {
    match (numeric_rank(receiver), numeric_rank(other)) {
        (Some(r), Some(o)) => o > r,
        _ => false,
    }
}

fn binop(vm: &mut Vm, a: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )));
    }
    // Only the receiver is reduced to its payload: the other operand keeps its class (a
    // str subclass formatted by `%s` must still use its own __str__).
    let (Some(x), true) = (
        plain_any(vm, &a[0])?,
        plain(vm, &a[1]).is_some() || a[1].kind() == Some(Kind::Set),
    ) else {
        return Ok(vm.not_implemented.clone());
    };
    let y = a[1].clone();
    if outranks(&x, &y) {
        return Ok(vm.not_implemented.clone());
    }
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    let res = match (l.kind(), op) {
        (Some(Kind::Set), BinOp::Sub | BinOp::And | BinOp::Or | BinOp::Xor) => {
            if r.kind() != Some(Kind::Set) {
                return Ok(vm.not_implemented.clone());
            }
            return crate::arith::set_op(vm, &l, &r, op);
        }
        _ => crate::arith::builtin_binop(vm, &l, &r, op),
    };
    match res {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Ok(vm.not_implemented.clone()),
        Err(e) if vm.exc_matches(&e, "TypeError") => Ok(vm.not_implemented.clone()),
        Err(e) => Err(e),
    }
}

/// `complex.__complex__`: the number itself, as a plain complex.
fn to_complex(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match a.first().and_then(|v| v.downcast::<PyComplex>()) {
        Some(c) => Ok(vm.complex(c.re, c.im)),
        None => Err(vm.type_error("descriptor '__complex__' requires a 'complex' object")),
    }
}

/// `__divmod__`/`__rdivmod__`: the floor quotient and the remainder together.
fn divmod_pair(vm: &mut Vm, a: &[Value], reflected: bool) -> PyResult<Value> {
    let q = binop(vm, a, BinOp::FloorDiv, reflected)?;
    if q.is(&vm.not_implemented) {
        return Ok(q);
    }
    let r = binop(vm, a, BinOp::Mod, reflected)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.tuple(vec![q, r]))
}

fn divmod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    divmod_pair(vm, a, false)
}

fn rdivmod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    divmod_pair(vm, a, true)
}

fn compare(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    if a.len() != 2 {
        return Err(vm.type_error("expected 1 argument"));
    }
    let (Some(x), Some(y)) = (plain_any(vm, &a[0])?, plain_any(vm, &a[1])?) else {
        return Ok(vm.not_implemented.clone());
    };
    if outranks(&x, &y) || numeric_rank(&x).is_some() != numeric_rank(&y).is_some() {
        return Ok(vm.not_implemented.clone());
    }
    match vm.compare(&x, &y, op) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, "TypeError") => Ok(vm.not_implemented.clone()),
        Err(e) => Err(e),
    }
}

macro_rules! binops {
    ($($f:ident, $rf:ident, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
                binop(vm, a, $op, false)
            }
            fn $rf(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
                binop(vm, a, $op, true)
            }
        )*
    };
}

binops! {
    add, radd, BinOp::Add;
    sub, rsub, BinOp::Sub;
    mul, rmul, BinOp::Mul;
    truediv, rtruediv, BinOp::TrueDiv;
    floordiv, rfloordiv, BinOp::FloorDiv;
    modulo, rmodulo, BinOp::Mod;
    pow, rpow, BinOp::Pow;
    lshift, rlshift, BinOp::LShift;
    rshift, rrshift, BinOp::RShift;
    and, rand, BinOp::And;
    or, ror, BinOp::Or;
    xor, rxor, BinOp::Xor;
}

macro_rules! cmps {
    ($($f:ident, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
                compare(vm, a, $op)
            }
        )*
    };
}

cmps! {
    eq, CmpOp::Eq;
    ne, CmpOp::Ne;
    lt, CmpOp::Lt;
    le, CmpOp::Le;
    gt, CmpOp::Gt;
    ge, CmpOp::Ge;
}

fn unary(vm: &mut Vm, a: &[Value], op: Opcode, name: &str) -> PyResult<Value> {
    let x = receiver(vm, a, name)?;
    crate::builtins::unary_op(vm, &x, op)
}

fn neg(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(vm, a, Opcode::UNARY_NEGATIVE, "__neg__")
}

fn pos(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(vm, a, Opcode::UNARY_POSITIVE, "__pos__")
}

fn invert(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    unary(vm, a, Opcode::UNARY_INVERT, "__invert__")
}

/// Calls the builtin function `name` on the receiver's plain payload.
fn via_builtin(vm: &mut Vm, a: &[Value], dunder: &str, name: &str) -> PyResult<Value> {
    let x = receiver(vm, a, dunder)?;
    let b = vm.builtins.clone();
    let f = vm.dict_get_name(&b, name).expect("builtin function");
    let mut args = vec![x];
    args.extend_from_slice(&a[1..]);
    vm.call(&f, &args, &[])
}

fn abs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    via_builtin(vm, a, "__abs__", "abs")
}

fn to_int(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    via_builtin(vm, a, "__int__", "int")
}

fn to_float(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    via_builtin(vm, a, "__float__", "float")
}

fn round(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    via_builtin(vm, a, "__round__", "round")
}

/// `__floor__`/`__ceil__`/`__trunc__` of a real number: an int.
fn rounded(vm: &mut Vm, a: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = receiver(vm, a, name)?;
    if let Some(i) = crate::ops::to_bigint(&x) {
        return Ok(vm.bigint(i));
    }
    let v = crate::ops::as_float(&x).unwrap_or(f64::NAN);
    if v.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if v.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(vm.bigint(crate::ops::big_from_f64(f(v))))
}

fn floor(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    rounded(vm, a, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    rounded(vm, a, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    rounded(vm, a, "__trunc__", f64::trunc)
}

fn index(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__index__")?;
    let i = crate::ops::to_bigint(&x).unwrap_or_default();
    Ok(vm.bigint(i))
}

fn truth(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__bool__")?;
    let t = vm.truthy(&x)?;
    Ok(vm.bool(t))
}

fn hash(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__hash__")?;
    let h = vm.hash(&x)?;
    Ok(vm.int(h))
}

/// The builtin `__repr__` (reached through `super()` or `list.__repr__(x)`): the type's own
/// rendering, never a subclass's override.
fn repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    // The object itself, not a plain copy: subclasses of set show their class name.
    let x = match a.first() {
        Some(v) if v.kind() != Some(Kind::Instance) => v.clone(),
        _ => receiver(vm, a, "__repr__")?,
    };
    let s = vm.builtin_repr(&x)?;
    Ok(vm.str(s))
}

/// `int.__repr__`: the digits, also for bools (`int.__repr__(True)` is `'1'`).
fn int_repr(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__repr__")?;
    Ok(vm.str(crate::format::int_to_string(&x)))
}

/// `str.__str__`: the text as an exact str (for subclasses too, whose `__str__` may defer to
/// it).
fn str_str(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    receiver(vm, a, "__str__")
}

fn len(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__len__")?;
    let n = vm.len(&x)?;
    Ok(vm.int(n as i64))
}

fn contains(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__contains__")?;
    let Some(item) = a.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let r = vm.contains(&x, item)?;
    Ok(vm.bool(r))
}

fn getitem(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__getitem__")?;
    let Some(key) = a.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    vm.getitem(&x, key)
}

fn iter(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let x = receiver(vm, a, "__iter__")?;
    vm.iter(&x)
}

/// `x.__pow__(y[, mod])`: the three-argument form is `pow(x, y, mod)`.
fn pow_mod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    if a.len() == 3 {
        if a[2].is(&vm.none) {
            return pow(vm, &a[..2], k);
        }
        if plain(vm, &a[1]).is_none() {
            return Ok(vm.not_implemented.clone());
        }
        return crate::builtins::b_pow(vm, a, k);
    }
    pow(vm, a, k)
}

const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__pow__", pow_mod),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", truth),
    ("__hash__", hash),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__repr__", repr),
];

const REAL: &[(&str, NativeFn)] = &[
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__int__", to_int),
    ("__float__", to_float),
    ("__round__", round),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__trunc__", trunc),
];

const INTEGER: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
    ("__index__", index),
];

/// With `RICH`: the dunders of the ordered, hashable builtin collections.
const ORDERED: &[(&str, NativeFn)] = &[
    ("__hash__", hash),
    ("__len__", len),
    ("__contains__", contains),
    ("__iter__", iter),
    ("__repr__", repr),
];

/// The rich comparisons.
const RICH: &[(&str, NativeFn)] = &[
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__getitem__", getitem),
    ("__add__", add),
    ("__mul__", mul),
    ("__rmul__", rmul),
];

const SET: &[(&str, NativeFn)] = &[
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
];

/// Whether `f` is one of the dunders installed here.
pub fn is_payload_dunder(vm: &Vm, f: &Value) -> bool {
    let Some(b) = f.downcast::<PyBuiltin>() else {
        return false;
    };
    let _ = vm;
    let Some(owner) = b.owner else {
        return false;
    };
    [
        "int",
        "float",
        "complex",
        "str",
        "bytes",
        "tuple",
        "frozenset",
        "set",
    ]
    .contains(&owner)
        && b.name.starts_with("__")
        && [NUMBER, REAL, INTEGER, RICH, ORDERED, SEQUENCE, SET]
            .iter()
            .any(|table| table.iter().any(|(n, _)| *n == b.name))
}

type Table = &'static [(&'static str, NativeFn)];

/// Registers the dunders on the builtin classes (not overriding ones already defined).
pub fn install(vm: &mut Vm) {
    let t = &vm.t;
    let groups: Vec<(Value, &[Table])> = vec![
        (
            t.int.clone(),
            &[&[("__repr__", int_repr)], NUMBER, REAL, INTEGER],
        ),
        (t.float.clone(), &[NUMBER, REAL]),
        (t.complex.clone(), &[NUMBER, &[("__complex__", to_complex)]]),
        (
            t.str.clone(),
            &[
                RICH,
                ORDERED,
                SEQUENCE,
                &[("__mod__", modulo), ("__str__", str_str)],
            ],
        ),
        (
            t.bytes.clone(),
            &[RICH, ORDERED, SEQUENCE, &[("__mod__", modulo)]],
        ),
        (t.tuple.clone(), &[RICH, ORDERED, SEQUENCE]),
        (t.frozenset.clone(), &[RICH, ORDERED, SET]),
        (t.set.clone(), &[RICH, ORDERED, SET]),
        (t.list.clone(), &[RICH, &[("__repr__", repr)]]),
        (
            t.dict.clone(),
            &[&[("__eq__", eq), ("__ne__", ne), ("__repr__", repr)]],
        ),
        (t.bytearray.clone(), &[&[("__repr__", repr)]]),
    ];
    for (ty, tables) in groups {
        let dict = ty.downcast::<PyType>().unwrap().dict.clone();
        for table in tables {
            for (name, f) in table.iter() {
                if *name == "__hash__" && ty.is(&vm.t.set) {
                    continue;
                }
                if vm.dict_get_name(&dict, name).is_none() {
                    add_method(vm, &ty, name, *f);
                }
            }
        }
    }
}
