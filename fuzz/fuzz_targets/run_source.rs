//! Feeds arbitrary bytes through the whole pipeline: parse and compile them as a module, then run
//! the code with a step budget. Python exceptions (SyntaxError included) are expected results;
//! a Rust panic, an abort or a hang is a bug.
#![no_main]

use libfuzzer_sys::fuzz_target;

use ferrython_vm::Vm;
use ferrython_vm::objects::PyModule;

/// Checks of the interrupt flag (backward jumps and calls) a program may make.
const STEPS: u64 = 20_000;

/// Run before each input: takes away what could touch the machine (files, processes,
/// signals, the interpreter's own limits) or block (stdin).
const PRELUDE: &str = "
import builtins
_real_import = builtins.__import__
_denied = {'os', 'posix', 'sys', 'subprocess', '_subprocess', 'signal', '_signal', 'shutil',
           'tempfile', 'pathlib', 'glob', 'io', '_io', 'socket', 'threading', '_thread',
           'time', 'gc', 'faulthandler', 'fileinput', 'filecmp', 'zipfile', 'tarfile', 'gzip',
           'resource', 'select', 'asyncio', 'multiprocessing', 'webbrowser', 'pdb', 'code',
           'importlib', 'runpy', 'pkgutil', 'zipimport', 'ctypes', 'mmap', 'fcntl'}
def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.partition('.')[0] in _denied:
        raise ImportError('fuzzing: ' + name + ' is not available')
    return _real_import(name, globals, locals, fromlist, level)
def _refused(*args, **kwargs):
    raise OSError('fuzzing: not available')
builtins.__import__ = _guarded_import
builtins.open = builtins.input = builtins.breakpoint = builtins.exit = builtins.quit = _refused
del builtins, _refused, _guarded_import
";

fn run(source: &str) {
    let mut vm = Vm::new();
    let main = vm.str("__main__");
    let module = ferrython_vm::import::new_module(&mut vm, main, None);
    let globals = module.downcast::<PyModule>().unwrap().dict.clone();
    let prelude = ferrython_vm::import::compile_source(
        &mut vm,
        PRELUDE,
        "<prelude>",
        ferrython_compiler::Mode::Exec,
    )
    .expect("the prelude compiles");
    vm.run_code(prelude, globals.clone(), Some(globals.clone()))
        .expect("the prelude runs");
    // From here on the flag stays raised: every check spends fuel instead of handling signals.
    vm.interrupt = Box::leak(Box::new(std::sync::atomic::AtomicBool::new(true)));
    vm.fuel = Some(STEPS);
    if let Ok(code) = ferrython_vm::import::compile_source(
        &mut vm,
        source,
        "<fuzz>",
        ferrython_compiler::Mode::Exec,
    ) {
        let _ = vm.run_code(code, globals.clone(), Some(globals));
    }
    vm.shutdown();
    vm.run_finalizers();
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let source = source.to_owned();
    // Deep native recursion (nested reprs, comparisons) needs the stack the real binary has.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(&source))
        .expect("spawn the worker thread");
    if let Err(panic) = worker.join() {
        std::panic::resume_unwind(panic);
    }
});
