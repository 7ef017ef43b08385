//! Native modules: `sys`, `gc`, `_dis` (under `lib/dis.py`), `math`, `time`.

use std::rc::Rc;

use crate::builtins::add_fn;
use crate::objects::*;
use crate::ops::{as_float, to_bigint};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const VERSION: &str = "3.12.1 (ferrython 0.1.0)";

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let ty = vm.exc_type("SystemExit");
    Err(crate::vm::PyErr(vm.new_exception(&ty, args.to_vec())))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.index_value(args.first().ok_or_else(|| {
        vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")
    })?)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(vm.none.clone())
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.int(vm.recursion_limit as i64))
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match vm.handling.last().cloned() {
        Some(e) => {
            let t = vm.type_of(&e);
            let tb = e
                .downcast::<PyException>()
                .and_then(|x| x.traceback.borrow().clone())
                .unwrap_or(vm.none.clone());
            Ok(vm.tuple(vec![t, e, tb]))
        }
        None => Ok(vm.tuple(vec![vm.none.clone(), vm.none.clone(), vm.none.clone()])),
    }
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.handling.last().cloned().unwrap_or(vm.none.clone()))
}

fn sys_getrefcount(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(vm.int(args.first().map(|v| v.refcount() as i64).unwrap_or(0)))
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args
        .first()
        .and_then(|v| str_of(v))
        .ok_or_else(|| vm.type_error("intern() argument must be str"))?
        .to_string();
    Ok(vm.intern(&s))
}

fn sys_get_int_max_str_digits(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let n = crate::format::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    Ok(vm.int(n as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult<Value> {
    let v = match (a.first(), k) {
        (Some(v), _) => v.clone(),
        (None, [name, v]) if str_of(name) == Some("maxdigits") => v.clone(),
        _ => {
            return Err(vm.type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ));
        }
    };
    let n = vm.index_value(&v)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::format::INT_MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(vm.none.clone())
}

/// `sys.displayhook(value)`: shows the value of an interactive expression statement (its
/// repr on sys.stdout) and keeps it as `builtins._`; None is not shown.
fn sys_displayhook(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let [v] = a else {
        return Err(vm.type_error(format!(
            "displayhook() takes exactly one argument ({} given)",
            a.len()
        )));
    };
    if !v.is(&vm.none) {
        let b = vm.builtins.clone();
        let none = vm.none.clone();
        vm.dict_set_str(&b, "_", none);
        let s = vm.repr_string(v)?;
        crate::builtins::write_stdout(vm, &format!("{s}\n"))?;
        vm.dict_set_str(&b, "_", v.clone());
    }
    Ok(vm.none.clone())
}

fn sys_utf8(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.str("utf-8"))
}

pub fn install(vm: &mut Vm) {
    let sys = crate::import::new_native_module(vm, "sys");
    let d = sys.downcast::<PyModule>().unwrap().dict.clone();
    for (n, f) in [
        ("exit", sys_exit as crate::vm::NativeFn),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getrefcount", sys_getrefcount),
        ("intern", sys_intern),
        ("_getframe", crate::frames::sys_getframe),
        ("setprofile", crate::profiler::sys_setprofile),
        (
            "set_asyncgen_hooks",
            crate::coroutine::sys_set_asyncgen_hooks,
        ),
        (
            "get_asyncgen_hooks",
            crate::coroutine::sys_get_asyncgen_hooks,
        ),
        ("getprofile", crate::profiler::sys_getprofile),
        ("getdefaultencoding", sys_utf8),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("getfilesystemencoding", sys_utf8),
        ("getfilesystemencodeerrors", |vm, _a, _k| {
            Ok(vm.str("surrogateescape"))
        }),
        ("excepthook", crate::traceback::sys_excepthook),
        ("displayhook", sys_displayhook),
        ("unraisablehook", crate::traceback::sys_unraisablehook),
    ] {
        add_fn(vm, &d, n, f);
    }
    // The defaults stay reachable as `sys.__excepthook__` and `sys.__unraisablehook__`.
    for (n, dn) in [
        ("displayhook", "__displayhook__"),
        ("excepthook", "__excepthook__"),
        ("unraisablehook", "__unraisablehook__"),
    ] {
        let f = vm.dict_get_name(&d, n).unwrap();
        vm.dict_set_str(&d, dn, f);
    }
    let modules = vm.modules.clone();
    vm.dict_set_str(&d, "modules", modules.clone());
    let v = vm.str(VERSION);
    vm.dict_set_str(&d, "version", v);
    // `version_info`, `flags`, `float_info`... are records built by lib/_sysinfo.py on first
    // use (see `Vm::lazy_sys_attr`).
    let mu = vm.int(0x10ffff);
    vm.dict_set_str(&d, "maxunicode", mu);
    let wo = vm.list(Vec::new());
    vm.dict_set_str(&d, "warnoptions", wo);
    let hv = vm.int(0x030c01f0);
    vm.dict_set_str(&d, "hexversion", hv);
    let ms = vm.int(i64::MAX);
    vm.dict_set_str(&d, "maxsize", ms);
    let p = vm.str("linux");
    vm.dict_set_str(&d, "platform", p);
    let bo = vm.str("little");
    vm.dict_set_str(&d, "byteorder", bo);
    let frs = vm.str("short");
    vm.dict_set_str(&d, "float_repr_style", frs);
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let ev = vm.str(exe);
    vm.dict_set_str(&d, "executable", ev);
    let orig: Vec<Value> = std::env::args().map(|a| vm.str(a)).collect();
    let orig = vm.list(orig);
    vm.dict_set_str(&d, "orig_argv", orig);
    let no_pyc =
        vm.bool(std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()));
    vm.dict_set_str(&d, "dont_write_bytecode", no_pyc);
    let bmn = vm.tuple(vec![
        vm.str("builtins"),
        vm.str("sys"),
        vm.str("gc"),
        vm.str("math"),
        vm.str("time"),
        vm.str("_dis"),
    ]);
    vm.dict_set_str(&d, "builtin_module_names", bmn);
    for (n, fd) in [("stdout", 1), ("stderr", 2), ("stdin", 3)] {
        let s = crate::stdio::std_stream(vm, fd);
        vm.dict_set_str(&d, n, s.clone());
        let dunder: &'static str = match n {
            "stdout" => "__stdout__",
            "stderr" => "__stderr__",
            _ => "__stdin__",
        };
        vm.dict_set_str(&d, dunder, s);
    }
    let argv = vm.list(vec![]);
    vm.dict_set_str(&d, "argv", argv);
    let path = vm.list(vec![]);
    vm.dict_set_str(&d, "path", path);
    vm.dict_set_str(&modules, "sys", sys.clone());
    vm.sys = sys;
}

/// The code object `dis` functions disassemble for `x`: a function's, a method's, a code
/// object, or source text compiled.
fn dis_code(vm: &mut Vm, args: &[Value]) -> PyResult<Rc<crate::code::CodeInner>> {
    let Some(x) = args.first() else {
        return Err(vm.type_error("dis() missing argument"));
    };
    let x = match x.downcast::<PyMethod>() {
        Some(m) => m.func.clone(),
        None => x.clone(),
    };
    if let Some(f) = x.downcast::<PyFunction>() {
        Ok(f.code.clone())
    } else if let Some(c) = x.downcast::<PyCode>() {
        Ok(c.0.clone())
    } else if let Some(s) = str_of(&x) {
        let s = s.to_string();
        crate::import::compile_source(vm, &s, "<dis>", ferrython_compiler::Mode::Exec)
    } else {
        Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            vm.type_name(&x)
        )))
    }
}

/// `_dis.listing(x)`: the text `dis.dis(x)` prints.
fn dis_listing(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let code = dis_code(vm, args)?;
    Ok(vm.str(ferrython_bytecode::dis::disassemble(&code.bc)))
}

fn dis_dis(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let code = dis_code(vm, args)?;
    let text = ferrython_bytecode::dis::disassemble(&code.bc);
    crate::builtins::write_stdout(vm, &text)?;
    Ok(vm.none.clone())
}

/// `_dis.rows(x)`: one tuple per instruction of `x`'s code: opname, opcode, arg, argval,
/// argrepr, offset, starts_line, is_jump_target and (line, end line, column, end column).
fn dis_rows(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    use ferrython_bytecode::Opcode;
    let code = dis_code(vm, args)?;
    let opt = |vm: &Vm, v: Option<u32>| v.map_or(vm.none.clone(), |n| vm.int(n as i64));
    let mut out = Vec::new();
    for row in ferrython_bytecode::dis::rows(&code.bc) {
        let argval = match (row.op, row.arg) {
            (_, None) => vm.none.clone(),
            (Opcode::LOAD_CONST | Opcode::RETURN_CONST, Some(a)) => code.consts[a as usize].clone(),
            (op, Some(a)) if op.is_jump() => vm.int(a as i64 * 2),
            (_, Some(a)) => match &row.argrepr {
                // Names (of globals, attributes, locals) and operators: their text.
                Some(r) if !r.starts_with("to ") && row.op != Opcode::LOAD_CONST => {
                    vm.str(r.as_str())
                }
                _ => vm.int(a as i64),
            },
        };
        let loc = row.location;
        let positions = vm.tuple(vec![
            vm.int(loc.line as i64),
            vm.int(loc.end_line as i64),
            vm.int(loc.col as i64),
            vm.int(loc.end_col as i64),
        ]);
        let item = vm.tuple(vec![
            vm.str(row.op.name()),
            vm.int(row.op as u8 as i64),
            opt(vm, row.arg),
            argval,
            vm.str(row.argrepr.unwrap_or_default()),
            vm.int(row.offset as i64),
            opt(vm, row.starts_line),
            vm.bool(row.is_jump_target),
            positions,
        ]);
        out.push(item);
    }
    Ok(vm.list(out))
}

/// `_dis.opnames()`: the name of every opcode, indexed by its byte.
fn dis_opnames(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let names = ferrython_bytecode::opcode::ALL_OPCODES
        .iter()
        .map(|op| vm.str(op.name()))
        .collect();
    Ok(vm.list(names))
}

/// `b == m * 2**e` with `0.5 <= m <= 1` rounded to the nearest float, for positive ints too
/// large for a float.
fn big_frexp(b: &num_bigint::BigInt) -> (f64, u64) {
    let bits = b.bits();
    let top: u64 = num_traits::ToPrimitive::to_u64(&(b >> (bits - 64) as usize)).unwrap();
    (top as f64 / 18446744073709551616.0, bits)
}

/// The result `r` of a one-argument math function at `x`: NaN from a non-NaN argument is a
/// domain error.
fn math1_result(vm: &Vm, x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(r))
}

fn math1(vm: &mut Vm, args: &[Value], f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    // A float or small int argument converts directly.
    let direct = match args {
        [a] => a
            .downcast::<PyFloat>()
            .map(|x| x.0)
            .or_else(|| a.as_small_int().map(|i| i as f64)),
        _ => None,
    };
    if let Some(x) = direct {
        return math1_result(vm, x, f(x));
    }
    // Logarithms of ints beyond the float range work on mantissa and exponent.
    if matches!(name, "m_log2" | "m_log10")
        && let Some(b) = args.first().and_then(to_bigint)
        && b > num_bigint::BigInt::from(0)
        && num_traits::ToPrimitive::to_f64(&b).is_none_or(|f| f.is_infinite())
    {
        let (m, e) = big_frexp(&b);
        let r = if name == "m_log2" {
            m.log2() + e as f64
        } else {
            m.log10() + e as f64 * std::f64::consts::LOG10_2
        };
        return Ok(vm.float(r));
    }
    if args
        .first()
        .is_some_and(|a| to_bigint(a).is_some() && as_float(a).is_none())
    {
        return Err(vm.overflow_error("int too large to convert to float"));
    }
    let x = args.first().and_then(as_float).ok_or_else(|| {
        vm.type_error(format!(
            "must be real number, not {}",
            args.first().map(|a| vm.type_name(a)).unwrap_or_default()
        ))
    })?;
    math1_result(vm, x, f(x))
}

macro_rules! math_fns {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
            math1(vm, args, $f, stringify!($name))
        })*
    };
}

math_fns!(
    m_sqrt => |x: f64| if x < 0.0 { f64::NAN } else { x.sqrt() },
    m_sin => f64::sin,
    m_cos => f64::cos,
    m_tan => f64::tan,
    m_asin => f64::asin,
    m_acos => f64::acos,
    m_atan => f64::atan,
    m_exp => f64::exp,
    m_fabs => f64::abs,
    m_log10 => |x: f64| if x <= 0.0 { f64::NAN } else { x.log10() },
    m_log2 => |x: f64| if x <= 0.0 { f64::NAN } else { x.log2() },
    m_sinh => f64::sinh,
    m_cosh => f64::cosh,
    m_tanh => f64::tanh,
);

fn m_log(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = match args.first().and_then(to_bigint) {
        Some(b) if b > num_bigint::BigInt::from(0) => {
            // Large ints: use the bit length to stay finite.
            match num_traits::ToPrimitive::to_f64(&b).filter(|f| f.is_finite()) {
                Some(f) => f.ln(),
                None => {
                    let (m, e) = big_frexp(&b);
                    m.ln() + e as f64 * std::f64::consts::LN_2
                }
            }
        }
        _ => {
            let v = args
                .first()
                .and_then(as_float)
                .ok_or_else(|| vm.type_error("must be real number"))?;
            if v <= 0.0 {
                return Err(vm.value_error("math domain error"));
            }
            v.ln()
        }
    };
    match args.get(1).and_then(as_float) {
        Some(base) if base <= 0.0 => Err(vm.value_error("math domain error")),
        Some(1.0) => Err(vm.err("ZeroDivisionError", "float division by zero")),
        Some(base) => Ok(vm.float(x / base.ln())),
        None => Ok(vm.float(x)),
    }
}

/// `math.floor`/`ceil`/`trunc`: ints pass through; finite floats are rounded by `round`.
/// `math.floor`/`ceil`/`trunc`: ints as they are, the object's own `dunder` if its class
/// defines one, else the float value rounded (trunc insists on `__trunc__`).
fn float_to_int(
    vm: &mut Vm,
    args: &[Value],
    round: fn(f64) -> f64,
    dunder: &str,
) -> PyResult<Value> {
    let Some(x) = args.first() else {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument (0 given)",
            &dunder[2..dunder.len() - 2]
        )));
    };
    if let Some(b) = to_bigint(x) {
        return Ok(vm.bigint(b));
    }
    let f = match as_float(x) {
        Some(f) => f,
        None => {
            if let Some(r) = vm.call_special(x, dunder, &[])? {
                return Ok(r);
            }
            if dunder == "__trunc__" {
                return Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    vm.type_name(x)
                )));
            }
            match vm
                .call_special(x, "__float__", &[])?
                .as_ref()
                .and_then(as_float)
            {
                Some(f) => f,
                None => {
                    return Err(
                        vm.type_error(format!("must be real number, not {}", vm.type_name(x)))
                    );
                }
            }
        }
    };
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    Ok(vm.bigint(crate::ops::big_from_f64(round(f))))
}

fn m_floor(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int(vm, args, f64::floor, "__floor__")
}

fn m_ceil(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int(vm, args, f64::ceil, "__ceil__")
}

fn m_trunc(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    float_to_int(vm, args, f64::trunc, "__trunc__")
}

fn two_floats(vm: &Vm, args: &[Value]) -> PyResult<(f64, f64)> {
    match (
        args.first().and_then(as_float),
        args.get(1).and_then(as_float),
    ) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => Err(vm.type_error("must be real number")),
    }
}

fn m_atan2(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args)?;
    Ok(vm.float(a.atan2(b)))
}

fn m_pow(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args)?;
    Ok(vm.float(a.powf(b)))
}

fn m_hypot(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = as_float(a).ok_or_else(|| vm.type_error("must be real number"))?;
        acc = acc.hypot(x);
    }
    Ok(vm.float(acc))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args)?;
    if b == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(a % b))
}

fn m_isnan(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = args.first().and_then(as_float).unwrap_or(0.0);
    Ok(vm.bool(x.is_nan()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = args.first().and_then(as_float).unwrap_or(0.0);
    Ok(vm.bool(x.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let x = args.first().and_then(as_float).unwrap_or(0.0);
    Ok(vm.bool(x.is_finite()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (pos, kws) = crate::builtins::split_kw(args, kw);
    let (a, b) = two_floats(vm, pos)?;
    let mut rel = 1e-9;
    let mut abs = 0.0;
    for (k, v) in kws {
        match k {
            "rel_tol" => rel = as_float(v).unwrap_or(rel),
            "abs_tol" => abs = as_float(v).unwrap_or(abs),
            _ => {}
        }
    }
    let r = a == b || (a - b).abs() <= (rel * b.abs()).max(rel * a.abs()).max(abs);
    Ok(vm.bool(r))
}

fn m_gcd(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let b = to_bigint(a).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(a)
            ))
        })?;
        g = num_integer::Integer::gcd(&g, &b);
    }
    Ok(vm.bigint(g))
}

fn m_factorial(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = vm.index_value(
        args.first()
            .ok_or_else(|| vm.type_error("factorial() takes exactly one argument (0 given)"))?,
    )?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = num_bigint::BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(vm.bigint(r))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two_floats(vm, args)?;
    Ok(vm.float(a.copysign(b)))
}

fn m_degrees(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    math1(vm, args, f64::to_degrees, "degrees")
}

fn m_radians(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    math1(vm, args, f64::to_radians, "radians")
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let b = args
        .first()
        .and_then(to_bigint)
        .ok_or_else(|| vm.type_error("isqrt() argument must be an integer"))?;
    if b < num_bigint::BigInt::from(0) {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.bigint(b.sqrt()))
}

fn time_time(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    Ok(vm.float(t))
}

fn time_perf_counter(vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let s = START.get_or_init(std::time::Instant::now);
    Ok(vm.float(s.elapsed().as_secs_f64()))
}

fn time_sleep(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let s = args.first().and_then(as_float).unwrap_or(0.0);
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    // In slices, so that signal handlers (and Ctrl-C) run while sleeping; a handler that
    // returns lets the sleep go on (PEP 475).
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s);
    loop {
        let now = std::time::Instant::now();
        if now >= end {
            break;
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
        if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
            vm.handle_signals()?;
        }
    }
    Ok(vm.none.clone())
}

fn str_arg(vm: &mut Vm, args: &[Value], i: usize, fname: &str) -> PyResult<String> {
    if let Some(p) = args
        .get(i)
        .and_then(|v| crate::stdio::fs_path(vm, v).transpose())
    {
        return p;
    }
    Err(vm.type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        args.get(i)
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| "NoneType".into())
    )))
}

fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
    crate::stdio::os_error(vm, e, path)
}

/// `os.urandom(n)`: n bytes from the kernel's random source.
fn os_urandom(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = match args.first() {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("urandom() missing required argument 'size' (pos 1)")),
    };
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.err("OSError", e.to_string()))?;
    Ok(vm.bytes(buf))
}

fn os_getcwd(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = std::env::current_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    Ok(vm.str(d))
}

fn os_chdir(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "chdir")?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn os_getpid(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.int(std::process::id() as i64))
}

fn os_getppid(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.int(std::os::unix::process::parent_id() as i64))
}

/// `getuid`, `geteuid`, `getgid`, `getegid`: field `which` of `fd_ffi::process_ids`.
fn process_id(vm: &mut Vm, which: usize) -> PyResult<Value> {
    let (uid, euid, gid, egid) = crate::fd_ffi::process_ids();
    Ok(vm.int([uid, euid, gid, egid][which] as i64))
}

fn os_umask(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    crate::builtins::nargs(vm, "umask", a, 1, 1)?;
    let mask = vm.index_value(&a[0])?;
    Ok(vm.int(crate::fd_ffi::set_umask(mask as u32) as i64))
}

/// `os.strerror(code)`: the C library's message for an errno value.
fn os_strerror(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    crate::builtins::nargs(vm, "strerror", a, 1, 1)?;
    let code = vm.index_value(&a[0])?;
    let text = std::io::Error::from_raw_os_error(code as i32).to_string();
    // std appends " (os error N)" to the C library's message.
    let msg = match text.rfind(" (os error ") {
        Some(at) => &text[..at],
        None => &text,
    };
    Ok(vm.str(msg))
}

/// `os._uname_fields()`: the five strings `os.uname()` (lib/_osextras.py) wraps.
fn os_uname_fields(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    match crate::fd_ffi::uname_fields() {
        Ok(fields) => {
            let items = fields.iter().map(|f| vm.str(f.as_str())).collect();
            Ok(vm.tuple(items))
        }
        Err(e) => Err(crate::stdio::io_error(vm, &e, None)),
    }
}

fn os_cpu_count(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => vm.int(n.get() as i64),
        Err(_) => vm.none.clone(),
    })
}

/// `_stat_fields(path, follow_symlinks)`: the ten classic fields of `os.stat` plus the three
/// float times, for `lib/_osextras.py` to wrap in `os.stat_result`.
fn os_stat_fields(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    let p = str_arg(vm, a, 0, "stat")?;
    let follow = a.get(1).is_none_or(|v| !v.is(&vm.false_));
    let m = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, &e, &p))?;
    let t = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let fields = vec![
        vm.int(m.mode() as i64),
        vm.int(m.ino() as i64),
        vm.int(m.dev() as i64),
        vm.int(m.nlink() as i64),
        vm.int(m.uid() as i64),
        vm.int(m.gid() as i64),
        vm.int(m.size() as i64),
        vm.int(m.atime()),
        vm.int(m.mtime()),
        vm.int(m.ctime()),
        vm.float(t(m.atime(), m.atime_nsec())),
        vm.float(t(m.mtime(), m.mtime_nsec())),
        vm.float(t(m.ctime(), m.ctime_nsec())),
    ];
    Ok(vm.tuple(fields))
}

/// `os._utime(path, atime_ns, mtime_ns)`: sets a file's times (None: now).
fn os_utime(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "utime")?;
    let at = |i: usize| -> PyResult<std::time::SystemTime> {
        match a.get(i) {
            Some(v) if !v.is(&vm.none) => {
                let ns = match v.as_small_int() {
                    Some(n) => n,
                    None => return Err(vm.type_error("utime: times must be ints")),
                };
                let d = std::time::Duration::from_nanos(ns.unsigned_abs());
                Ok(if ns >= 0 {
                    std::time::UNIX_EPOCH + d
                } else {
                    std::time::UNIX_EPOCH - d
                })
            }
            _ => Ok(std::time::SystemTime::now()),
        }
    };
    let times = std::fs::FileTimes::new()
        .set_accessed(at(1)?)
        .set_modified(at(2)?);
    std::fs::File::open(&p)
        .and_then(|f| f.set_times(times))
        .map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

/// `os.kill(pid, sig)`; a handled signal sent to this process runs its handler at once.
fn os_kill(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let [pid, sig] = a else {
        return Err(vm.type_error(format!("kill expected 2 arguments, got {}", a.len())));
    };
    let (pid, sig) = (vm.index_value(pid)?, vm.index_value(sig)?);
    crate::fd_ffi::send_signal(pid as i32, sig as i32)
        .map_err(|e| crate::stdio::io_error(vm, &e, None))?;
    if vm.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
        vm.handle_signals()?;
    }
    Ok(vm.none.clone())
}

fn os_remove(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "remove")?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn os_listdir(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = if a.is_empty() {
        ".".to_string()
    } else {
        str_arg(vm, a, 0, "listdir")?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    let names: Vec<Value> = rd
        .flatten()
        .map(|e| vm.str(e.file_name().to_string_lossy().to_string()))
        .collect();
    Ok(vm.list(names))
}

fn os_mkdir(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "mkdir")?;
    std::fs::create_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

fn os_rename(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let src = str_arg(vm, a, 0, "rename")?;
    let dst = str_arg(vm, a, 1, "rename")?;
    std::fs::rename(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(vm.none.clone())
}

fn os_readlink(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "readlink")?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.str(t.display().to_string()))
}

fn fd_arg(vm: &mut Vm, a: &[Value], i: usize, fname: &str) -> PyResult<i32> {
    match a.get(i) {
        Some(v) => Ok(vm.index_value(v)? as i32),
        None => Err(vm.type_error(format!(
            "{fname}() missing required argument 'fd' (pos {})",
            i + 1
        ))),
    }
}

fn fd_error(vm: &mut Vm, e: &std::io::Error) -> crate::vm::PyErr {
    crate::stdio::io_error(vm, e, None)
}

/// `os.open(path, flags, mode=0o777)`: a descriptor for the file.
fn os_open(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    let p = str_arg(vm, a, 0, "open")?;
    let flags = match a.get(1) {
        Some(f) => vm.index_value(f)? as i32,
        None => return Err(vm.type_error("open() missing required argument 'flags' (pos 2)")),
    };
    let mode = match a.get(2) {
        Some(m) => vm.index_value(m)? as u32,
        None => 0o777,
    };
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .custom_flags(flags & !3)
        .mode(mode);
    if flags & 0o100 != 0 {
        opts.create(true);
    }
    if flags & 0o1000 != 0 {
        opts.truncate(true);
    }
    if flags & 0o2000 != 0 {
        opts.append(true);
    }
    if flags & 0o300 == 0o300 {
        opts.create_new(true);
    }
    let f = opts.open(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.int(crate::fd_ffi::into_fd(f) as i64))
}

/// `os.read(fd, n)`: up to n bytes.
fn os_read(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0, "read")?;
    let n = match a.get(1) {
        Some(n) => vm.index_value(n)?,
        None => return Err(vm.type_error("read() missing required argument 'length' (pos 2)")),
    };
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = crate::fd_ffi::with_fd(fd, |f| std::io::Read::read(f, &mut buf));
    let got = r.map_err(|e| fd_error(vm, &e))?;
    buf.truncate(got);
    Ok(vm.bytes(buf))
}

/// `os.write(fd, data)`: the number of bytes written.
fn os_write(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0, "write")?;
    let data = match a.get(1) {
        Some(v) => match crate::bytes_methods::data(v) {
            Some(d) => d,
            None => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )));
            }
        },
        None => return Err(vm.type_error("write() missing required argument 'data' (pos 2)")),
    };
    if fd == 1 || fd == 2 {
        let _ = std::io::Write::flush(&mut std::io::stdout());
    }
    let r = crate::fd_ffi::with_fd(fd, |f| std::io::Write::write(f, &data));
    let n = r.map_err(|e| fd_error(vm, &e))?;
    Ok(vm.int(n as i64))
}

fn os_close(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0, "close")?;
    crate::fd_ffi::close_fd(fd).map_err(|e| fd_error(vm, &e))?;
    Ok(vm.none.clone())
}

/// `os.lseek(fd, pos, how)`: the new position.
fn os_lseek(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::io::{Seek, SeekFrom};
    let fd = fd_arg(vm, a, 0, "lseek")?;
    let pos = match a.get(1) {
        Some(p) => vm.index_value(p)?,
        None => 0,
    };
    let how = match a.get(2) {
        Some(h) => vm.index_value(h)?,
        None => 0,
    };
    let whence = match how {
        0 => SeekFrom::Start(pos.max(0) as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(vm.value_error("invalid whence")),
    };
    let r = crate::fd_ffi::with_fd(fd, |f| f.seek(whence));
    let n = r.map_err(|e| fd_error(vm, &e))?;
    Ok(vm.int(n as i64))
}

/// `os.pipe()`: (read end, write end).
fn os_pipe(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let (r, w) = std::io::pipe().map_err(|e| fd_error(vm, &e))?;
    let (r, w) = (crate::fd_ffi::into_fd(r), crate::fd_ffi::into_fd(w));
    let pair = vec![vm.int(r as i64), vm.int(w as i64)];
    Ok(vm.tuple(pair))
}

fn os_dup(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0, "dup")?;
    let n = crate::fd_ffi::dup_fd(fd).map_err(|e| fd_error(vm, &e))?;
    Ok(vm.int(n as i64))
}

fn os_isatty(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let fd = fd_arg(vm, a, 0, "isatty")?;
    Ok(vm.bool(crate::fd_ffi::is_tty(fd)))
}

/// `os._exit(status)`: ends the process at once, without cleanup or flushing buffers.
fn os_exit(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let Some(status) = a.first() else {
        return Err(vm.type_error("_exit() missing required argument 'status' (pos 1)"));
    };
    let status = vm.index_value(status)?;
    std::process::exit(status as i32)
}

/// `os.chmod(path, mode)`.
fn os_chmod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let p = str_arg(vm, a, 0, "chmod")?;
    let Some(mode) = a.get(1) else {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)"));
    };
    let mode = vm.index_value(mode)?;
    let perms = std::fs::Permissions::from_mode(mode as u32);
    std::fs::set_permissions(&p, perms).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

/// `os.symlink(src, dst)` and `os.link(src, dst)`.
fn os_symlink(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let src = str_arg(vm, a, 0, "symlink")?;
    let dst = str_arg(vm, a, 1, "symlink")?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(vm.none.clone())
}

fn os_link(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let src = str_arg(vm, a, 0, "link")?;
    let dst = str_arg(vm, a, 1, "link")?;
    std::fs::hard_link(&src, &dst).map_err(|e| os_error(vm, &e, &src))?;
    Ok(vm.none.clone())
}

fn os_rmdir(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "rmdir")?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.none.clone())
}

/// `os.getenv(key, default=None)`: reads `os.environ`, so changes made to it are seen.
fn os_getenv(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    str_arg(vm, a, 0, "getenv")?;
    let default = a.get(1).cloned().unwrap_or(vm.none.clone());
    let modules = vm.modules.clone();
    // The dict behind os.environ (the mapping itself checks types on the way in).
    let environ = vm
        .dict_get_name(&modules, "os")
        .and_then(|m| m.downcast::<PyModule>().map(|m| m.dict.clone()))
        .and_then(|d| vm.dict_get_name(&d, "_environ_data"));
    let Some(environ) = environ else {
        let k = str_of(&a[0]).unwrap_or("");
        return Ok(std::env::var(k).map(|v| vm.str(v)).unwrap_or(default));
    };
    Ok(vm.getitem(&environ, &a[0]).unwrap_or(default))
}

fn path_join(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let mut out = str_arg(vm, a, 0, "join")?;
    for i in 1..a.len() {
        let p = str_arg(vm, a, i, "join")?;
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(vm.str(out))
}

fn split_path(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..=i];
            let trimmed = head.trim_end_matches('/');
            let head = if trimmed.is_empty() {
                head.to_string()
            } else {
                trimmed.to_string()
            };
            (head, p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}

fn path_split(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "split")?;
    let (h, t) = split_path(&p);
    Ok(vm.tuple(vec![vm.str(h), vm.str(t)]))
}

fn path_basename(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "basename")?;
    Ok(vm.str(split_path(&p).1))
}

fn path_dirname(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "dirname")?;
    Ok(vm.str(split_path(&p).0))
}

fn path_splitext(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "splitext")?;
    let name_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let name = &p[name_start..];
    let lead = name.len() - name.trim_start_matches('.').len();
    let (root, ext) = match name[lead..].rfind('.') {
        Some(i) => {
            let cut = name_start + lead + i;
            (p[..cut].to_string(), p[cut..].to_string())
        }
        None => (p.clone(), String::new()),
    };
    Ok(vm.tuple(vec![vm.str(root), vm.str(ext)]))
}

fn path_exists(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "exists")?;
    Ok(vm.bool(std::path::Path::new(&p).exists()))
}

fn path_isfile(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "isfile")?;
    Ok(vm.bool(std::path::Path::new(&p).is_file()))
}

fn path_isdir(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "isdir")?;
    Ok(vm.bool(std::path::Path::new(&p).is_dir()))
}

fn path_isabs(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "isabs")?;
    Ok(vm.bool(p.starts_with('/')))
}

/// Lexical normalisation of a POSIX path (`a/./b/../c` -> `a/c`).
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let abs = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !abs {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let body = parts.join("/");
    // POSIX keeps exactly two leading slashes (their meaning is implementation-defined).
    if p.starts_with("//") && !p.starts_with("///") {
        format!("//{body}")
    } else if abs {
        format!("/{body}")
    } else if body.is_empty() {
        ".".into()
    } else {
        body
    }
}

fn path_normpath(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "normpath")?;
    Ok(vm.str(normpath(&p)))
}

fn path_abspath(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "abspath")?;
    let full = if p.starts_with('/') {
        p
    } else {
        format!(
            "{}/{p}",
            std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default()
        )
    };
    Ok(vm.str(normpath(&full)))
}

fn path_getsize(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let p = str_arg(vm, a, 0, "getsize")?;
    let m = std::fs::metadata(&p).map_err(|e| os_error(vm, &e, &p))?;
    Ok(vm.int(m.len() as i64))
}

/// `os` attributes written in Python (`lib/_osextras.py`), loaded on first use.
pub const OS_EXTRAS: &[&str] = &[
    "stat",
    "lstat",
    "fstat",
    "utime",
    "stat_result",
    "makedirs",
    "removedirs",
    "walk",
    "scandir",
    "DirEntry",
    "fspath",
    "PathLike",
    "fsencode",
    "fsdecode",
    "get_terminal_size",
    "terminal_size",
    "devnull",
    "pathsep",
    "extsep",
    "altsep",
    "defpath",
    "access",
    "F_OK",
    "R_OK",
    "W_OK",
    "X_OK",
    "renames",
    "getcwdb",
    "get_exec_path",
    "environ",
    "system",
    "popen",
    "uname",
    "uname_result",
    "WIFEXITED",
    "WEXITSTATUS",
    "WIFSIGNALED",
    "WTERMSIG",
    "WIFSTOPPED",
    "WSTOPSIG",
    "waitstatus_to_exitcode",
];

/// `os.path` attributes written in Python (`lib/_osextras.py`, prefixed `path_` there).
pub const OS_PATH_EXTRAS: &[&str] = &[
    "realpath",
    "relpath",
    "commonprefix",
    "commonpath",
    "normcase",
    "lexists",
    "splitdrive",
    "expanduser",
    "expandvars",
    "getmtime",
    "getatime",
    "getctime",
    "islink",
    "ismount",
    "samefile",
    "curdir",
    "pardir",
    "extsep",
    "altsep",
    "pathsep",
    "defpath",
    "devnull",
    "supports_unicode_filenames",
    "splitroot",
];

/// Creates the native module `name`, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let fns: Vec<(&'static str, crate::vm::NativeFn)> = match name {
        "_gc" => crate::gc::module_functions(),
        "_imp" => crate::import::module_functions(),
        "_traceback" => crate::traceback::module_functions(),
        "_dis" => vec![
            ("dis", dis_dis),
            ("listing", dis_listing),
            ("rows", dis_rows),
            ("opnames", dis_opnames),
        ],
        "_weakref" => crate::weakref::module_functions(),
        "_lsprof_native" => crate::profiler::module_functions(),
        "_subprocess" => crate::procmod::module_functions(),
        "_zlib" => crate::zlibmod::module_functions(),
        "_hashblocks" => crate::hashmod::module_functions(),
        "_signal" => crate::signalmod::module_functions(),
        "math" => vec![
            ("sqrt", m_sqrt),
            ("sin", m_sin),
            ("cos", m_cos),
            ("tan", m_tan),
            ("asin", m_asin),
            ("acos", m_acos),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("exp", m_exp),
            ("log", m_log),
            ("log10", m_log10),
            ("log2", m_log2),
            ("fabs", m_fabs),
            ("floor", m_floor),
            ("ceil", m_ceil),
            ("trunc", m_trunc),
            ("pow", m_pow),
            ("hypot", m_hypot),
            ("fmod", m_fmod),
            ("isnan", m_isnan),
            ("isinf", m_isinf),
            ("isfinite", m_isfinite),
            ("isclose", m_isclose),
            ("gcd", m_gcd),
            ("factorial", m_factorial),
            ("copysign", m_copysign),
            ("degrees", m_degrees),
            ("radians", m_radians),
            ("isqrt", m_isqrt),
            ("sinh", m_sinh),
            ("cosh", m_cosh),
            ("tanh", m_tanh),
        ],
        "os" => vec![
            ("getcwd", os_getcwd),
            ("urandom", os_urandom),
            ("remove", os_remove),
            ("unlink", os_remove),
            ("listdir", os_listdir),
            ("mkdir", os_mkdir),
            ("rmdir", os_rmdir),
            ("getenv", os_getenv),
            ("chdir", os_chdir),
            ("getpid", os_getpid),
            ("getppid", os_getppid),
            ("getuid", |vm, _, _| process_id(vm, 0)),
            ("geteuid", |vm, _, _| process_id(vm, 1)),
            ("getgid", |vm, _, _| process_id(vm, 2)),
            ("getegid", |vm, _, _| process_id(vm, 3)),
            ("umask", os_umask),
            ("strerror", os_strerror),
            ("_uname_fields", os_uname_fields),
            ("kill", os_kill),
            ("cpu_count", os_cpu_count),
            ("_stat_fields", os_stat_fields),
            ("_utime", os_utime),
            ("rename", os_rename),
            ("replace", os_rename),
            ("readlink", os_readlink),
            ("chmod", os_chmod),
            ("_exit", os_exit),
            ("open", os_open),
            ("read", os_read),
            ("write", os_write),
            ("close", os_close),
            ("lseek", os_lseek),
            ("pipe", os_pipe),
            ("dup", os_dup),
            ("isatty", os_isatty),
            ("symlink", os_symlink),
            ("link", os_link),
        ],
        "os.path" | "posixpath" => vec![
            ("join", path_join),
            ("split", path_split),
            ("basename", path_basename),
            ("dirname", path_dirname),
            ("splitext", path_splitext),
            ("exists", path_exists),
            ("isfile", path_isfile),
            ("isdir", path_isdir),
            ("isabs", path_isabs),
            ("normpath", path_normpath),
            ("abspath", path_abspath),
            ("getsize", path_getsize),
        ],
        "time" => vec![
            ("time", time_time),
            ("perf_counter", time_perf_counter),
            ("monotonic", time_perf_counter),
            ("sleep", time_sleep),
        ],
        _ => return Ok(None),
    };
    // os.path is the POSIX flavour, named as in CPython.
    let m =
        crate::import::new_native_module(vm, if name == "os.path" { "posixpath" } else { name });
    let d = m.downcast::<PyModule>().unwrap().dict.clone();
    for (n, f) in fns {
        add_fn(vm, &d, n, f);
    }
    if name == "os" {
        let path = match native_module(vm, "os.path")? {
            Some(p) => p,
            None => unreachable!("os.path is native"),
        };
        let modules = vm.modules.clone();
        vm.dict_set_str(&modules, "os.path", path.clone());
        vm.dict_set_str(&d, "path", path);
        // Linux's flag values, for os.open and os.lseek.
        for (n, v) in [
            ("O_RDONLY", 0),
            ("O_WRONLY", 1),
            ("O_RDWR", 2),
            ("O_CREAT", 0o100),
            ("O_EXCL", 0o200),
            ("O_NOCTTY", 0o400),
            ("O_TRUNC", 0o1000),
            ("O_APPEND", 0o2000),
            ("O_NONBLOCK", 0o4000),
            ("O_DSYNC", 0o10000),
            ("O_SYNC", 0o4010000),
            ("O_DIRECTORY", 0o200000),
            ("O_NOFOLLOW", 0o400000),
            ("O_CLOEXEC", 0o2000000),
            ("SEEK_SET", 0),
            ("SEEK_CUR", 1),
            ("SEEK_END", 2),
        ] {
            let iv = vm.int(v);
            vm.dict_set_str(&d, n, iv);
        }
        let environ = vm.dict();
        for (k, v) in std::env::vars() {
            let (kv, vv) = (vm.str(k), vm.str(v));
            vm.dict_set(&environ, kv, vv)?;
        }
        // `os.environ` (lib/_osextras.py) wraps this dict, checking that keys and values are
        // strs; it is built on first use.
        vm.dict_set_str(&d, "_environ_data", environ);
        for (k, v) in [
            ("sep", "/"),
            ("name", "posix"),
            ("linesep", "\n"),
            ("curdir", "."),
            ("pardir", ".."),
        ] {
            let vv = vm.str(v);
            vm.dict_set_str(&d, k, vv);
        }
    }
    if name == "time" {
        // The rest of the module is written in Python.
        let modules = vm.modules.clone();
        vm.dict_set_str(&modules, "time", m.clone());
        let extras = crate::import::import_absolute(vm, "_timeextras")?;
        let ed = extras.downcast::<PyModule>().unwrap().dict.clone();
        for (k, v) in ed.downcast::<PyDict>().unwrap().items() {
            if str_of(&k).is_some_and(|s| !s.starts_with("_") || s == "__doc__") {
                vm.dict_set(&d, k, v)?;
            }
        }
    }
    if name == "_weakref" {
        let r = vm.t.weakref.clone();
        vm.dict_set_str(&d, "ref", r.clone());
        vm.dict_set_str(&d, "ReferenceType", r);
    }
    if name == "os.path" {
        let sep = vm.str("/");
        vm.dict_set_str(&d, "sep", sep);
    }
    if name == "math" {
        for (n, f) in crate::mathmod::functions() {
            add_fn(vm, &d, n, f);
        }
        for (n, v) in [
            ("pi", std::f64::consts::PI),
            ("e", std::f64::consts::E),
            ("tau", std::f64::consts::TAU),
            ("inf", f64::INFINITY),
            ("nan", f64::NAN),
        ] {
            let fv = vm.float(v);
            vm.dict_set_str(&d, n, fv);
        }
    }
    Ok(Some(m))
}
