//! OSError's constructor conventions: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` fills `errno`/`strerror`/`filename`/`filename2`, picks the subclass for the
//! errno (`OSError(2, ...)` is a FileNotFoundError), keeps `args` to `(errno, strerror)`, and
//! formats as `[Errno 2] No such file or directory: 'name'`.

use crate::ops::is_subtype;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The OSError subclass CPython uses for an errno (Linux numbering).
fn subclass_for(errno: i64) -> Option<&'static str> {
    Some(match errno {
        1 | 13 => "PermissionError",
        2 => "FileNotFoundError",
        3 => "ProcessLookupError",
        4 => "InterruptedError",
        10 => "ChildProcessError",
        11 | 114 | 115 => "BlockingIOError",
        17 => "FileExistsError",
        20 => "NotADirectoryError",
        21 => "IsADirectoryError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        104 => "ConnectionResetError",
        110 => "TimeoutError",
        111 => "ConnectionRefusedError",
        _ => return None,
    })
}

/// Creates an instance of `cls` (OSError or a subclass) from constructor arguments.
pub fn new(vm: &mut Vm, cls: &Value, args: &[Value]) -> PyResult<Value> {
    let errno = args.first().and_then(|v| v.as_small_int());
    if !(2..=5).contains(&args.len()) || errno.is_none() {
        return Ok(vm.new_exception(cls, args.to_vec()));
    }
    let errno = errno.unwrap();
    let mut cls = cls.clone();
    if cls.is(&vm.exc_type("OSError"))
        && let Some(name) = subclass_for(errno)
    {
        cls = vm.exc_type(name);
    }
    let none = vm.none.clone();
    // BlockingIOError's third argument is the count of characters written, not a file name.
    if args.len() == 3
        && args[2].as_small_int().is_some()
        && is_subtype(&cls, &vm.exc_type("BlockingIOError"))
    {
        let e = vm.new_exception(&cls, args.to_vec());
        let d = vm.instance_dict(&e);
        vm.dict_set_str(&d, "errno", args[0].clone());
        vm.dict_set_str(&d, "strerror", args[1].clone());
        vm.dict_set_str(&d, "filename", none.clone());
        vm.dict_set_str(&d, "filename2", none);
        vm.dict_set_str(&d, "characters_written", args[2].clone());
        return Ok(e);
    }
    let e = vm.new_exception(&cls, args[..2].to_vec());
    let d = vm.instance_dict(&e);
    vm.dict_set_str(&d, "errno", args[0].clone());
    vm.dict_set_str(&d, "strerror", args[1].clone());
    vm.dict_set_str(&d, "filename", args.get(2).cloned().unwrap_or(none.clone()));
    vm.dict_set_str(&d, "filename2", args.get(4).cloned().unwrap_or(none));
    Ok(e)
}

/// An OSError raised by the VM for `path` (or a file descriptor), with its attributes set.
pub fn error(vm: &mut Vm, errno: i64, strerror: &str, path: Option<&str>) -> PyErr {
    let cls = vm.exc_type("OSError");
    let mut args = vec![vm.int(errno), vm.str(strerror)];
    if let Some(p) = path {
        args.push(vm.str(p));
    }
    match new(vm, &cls, &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// `str()` of an OSError carrying an errno, or None for other exceptions.
pub fn text(vm: &mut Vm, e: &Value) -> PyResult<Option<String>> {
    let ty = vm.type_of(e);
    if !is_subtype(&ty, &vm.exc_type("OSError")) {
        return Ok(None);
    }
    let Some(d) = e.header().attrs.borrow().clone() else {
        return Ok(None);
    };
    let get = |vm: &mut Vm, k: &str| vm.dict_get_name(&d, k).filter(|v| !v.is(&vm.none));
    let (Some(errno), Some(strerror)) = (get(vm, "errno"), get(vm, "strerror")) else {
        return Ok(None);
    };
    let mut s = format!(
        "[Errno {}] {}",
        vm.str_string(&errno)?,
        vm.str_string(&strerror)?
    );
    if let Some(f) = get(vm, "filename") {
        s.push_str(&format!(": {}", vm.repr_string(&f)?));
        if let Some(f2) = get(vm, "filename2") {
            s.push_str(&format!(" -> {}", vm.repr_string(&f2)?));
        }
    }
    Ok(Some(s))
}
