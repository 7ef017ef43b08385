//! The native half of `zlib` (`_zlib`): checksums and compression streams named by integer
//! handles; `lib/zlib.py` builds the module's functions and objects on them.

use crate::objects::Handles;
use crate::value::Value;
use crate::vm::{NativeFn, PyResult, Vm};
use crate::zlib_ffi::{Stream, ZError};

thread_local! {
    static STREAMS: std::cell::RefCell<Handles<Stream>> = Default::default();
}

pub fn module_functions() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("_set_error", z_set_error),
        ("version", z_version),
        ("crc32", z_crc32),
        ("adler32", z_adler32),
        ("deflate_new", z_deflate_new),
        ("inflate_new", z_inflate_new),
        ("set_dictionary", z_set_dictionary),
        ("deflate", z_deflate),
        ("inflate", z_inflate),
        ("copy", z_copy),
        ("free", z_free),
    ]
}

fn int_arg(a: &[Value], i: usize) -> i32 {
    a.get(i).and_then(Value::as_small_int).unwrap_or(0) as i32
}

fn bytes_arg(vm: &Vm, a: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match a.get(i) {
        Some(v) => crate::bytes_methods::data(v).ok_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))
        }),
        None => Ok(Vec::new()),
    }
}

/// `zlib.error` with `text`, once `lib/zlib.py` registered the class.
fn zerror(vm: &mut Vm, text: String) -> crate::vm::PyErr {
    match vm.interned_types.get("zlib.error").cloned() {
        Some(cls) => {
            let msg = vm.str(text);
            match vm.call(&cls, &[msg], &[]) {
                Ok(e) => crate::vm::PyErr(e),
                Err(e) => e,
            }
        }
        None => vm.err("RuntimeError", text),
    }
}

fn stream_error(vm: &mut Vm, e: ZError, doing: &str) -> crate::vm::PyErr {
    zerror(vm, format!("Error {} while {doing}: {}", e.code, e.msg))
}

fn add_stream(vm: &Vm, s: Stream) -> Value {
    let id = STREAMS.with(|t| t.borrow_mut().add(s));
    vm.int(id)
}

fn with_stream<R>(vm: &mut Vm, h: Option<&Value>, f: impl FnOnce(&mut Stream) -> R) -> PyResult<R> {
    STREAMS
        .with(|t| t.borrow_mut().get_mut(h).map(f))
        .ok_or_else(|| vm.value_error("unknown zlib stream"))
}

fn z_set_error(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    if let Some(cls) = a.first() {
        vm.interned_types.insert("zlib.error", cls.clone());
    }
    Ok(vm.none.clone())
}

fn z_version(vm: &mut Vm, _a: &[Value], _k: &[Value]) -> PyResult<Value> {
    Ok(vm.str(crate::zlib_ffi::version()))
}

fn checksum(vm: &mut Vm, a: &[Value], f: fn(u32, &[u8]) -> u32, start: u32) -> PyResult<Value> {
    let data = bytes_arg(vm, a, 0)?;
    let value = match a.get(1) {
        Some(v) => (vm.index_value(v)? as u64 & 0xffff_ffff) as u32,
        None => start,
    };
    Ok(vm.int(f(value, &data) as i64))
}

/// `crc32(data, value)`.
fn z_crc32(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    checksum(vm, a, crate::zlib_ffi::crc32, 0)
}

/// `adler32(data, value)`.
fn z_adler32(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    checksum(vm, a, crate::zlib_ffi::adler32, 1)
}

/// `deflate_new(level, method, wbits, memlevel, strategy)`: see `new_result`.
fn z_deflate_new(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = Stream::deflater(
        int_arg(a, 0),
        int_arg(a, 1),
        int_arg(a, 2),
        int_arg(a, 3),
        int_arg(a, 4),
    );
    new_result(vm, r)
}

/// `inflate_new(wbits)`: as `deflate_new`.
fn z_inflate_new(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = Stream::inflater(int_arg(a, 0));
    new_result(vm, r)
}

/// `(handle, 0)` for a new stream, `(None, code)` for a refused one.
fn new_result(vm: &mut Vm, r: Result<Stream, i32>) -> PyResult<Value> {
    let pair = match r {
        Ok(s) => vec![add_stream(vm, s), vm.int(0)],
        Err(code) => vec![vm.none.clone(), vm.int(code as i64)],
    };
    Ok(vm.tuple(pair))
}

fn z_set_dictionary(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let d = bytes_arg(vm, a, 1)?;
    let r = with_stream(vm, a.first(), |s| s.set_dictionary(&d))?;
    r.map_err(|e| stream_error(vm, e, "setting zdict"))?;
    Ok(vm.none.clone())
}

/// `deflate(handle, data, flush)` -> the compressed bytes produced.
fn z_deflate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let data = bytes_arg(vm, a, 1)?;
    let flush = int_arg(a, 2);
    let r = with_stream(vm, a.first(), |s| s.deflate(&data, flush))?;
    let out = r.map_err(|e| stream_error(vm, e, "compressing data"))?;
    Ok(vm.bytes(out))
}

/// `inflate(handle, data, max_length)` -> `(output, input bytes used, stream ended)`.
fn z_inflate(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let data = bytes_arg(vm, a, 1)?;
    let max = a.get(2).and_then(Value::as_small_int).unwrap_or(0).max(0) as usize;
    let r = with_stream(vm, a.first(), |s| s.inflate(&data, max))?;
    let got = r.map_err(|e| stream_error(vm, e, "decompressing data"))?;
    let out = vm.bytes(got.out);
    let used = vm.int(got.used as i64);
    let end = vm.bool(got.end);
    Ok(vm.tuple(vec![out, used, end]))
}

fn z_copy(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    let r = with_stream(vm, a.first(), |s| s.copy())?;
    let s = r.map_err(|e| stream_error(vm, e, "copying compression object"))?;
    Ok(add_stream(vm, s))
}

fn z_free(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult<Value> {
    STREAMS.with(|t| t.borrow_mut().remove(a.first()));
    Ok(vm.none.clone())
}
