//! The `ferrython` command: `python3`'s command-line interface over the Ferrython VM.
#![deny(unsafe_code)]

use std::io::Read;
use std::process::ExitCode;

use ferrython_vm::objects::{PyDict, PyList, PyModule, str_of};
use ferrython_vm::{Value, Vm};

mod alloc;

#[global_allocator]
static GLOBAL: alloc::Mimalloc = alloc::Mimalloc;

const USAGE: &str = "usage: ferrython [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables
-h     : print this help message and exit (also -? or --help)
-I     : isolate Python from the user's environment
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
}

struct Options {
    target: Target,
    args: Vec<String>,
    optimize: u32,
    ignore_env: bool,
    /// `-W` options, in order.
    warnoptions: Vec<String>,
}

fn parse_args() -> Result<Options, ExitCode> {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut optimize = 0;
    let mut ignore_env = false;
    let mut warnoptions = Vec::new();
    let mut i = 0;
    while i < argv.len() {
        let a = &argv[i];
        if a == "-" {
            return Ok(Options {
                target: Target::Stdin,
                args: argv[i..].to_vec(),
                optimize,
                ignore_env,
                warnoptions,
            });
        }
        if !a.starts_with('-') {
            return Ok(Options {
                target: Target::Script(a.clone()),
                args: argv[i..].to_vec(),
                optimize,
                ignore_env,
                warnoptions,
            });
        }
        match a.as_str() {
            "-V" | "--version" => {
                println!("Python 3.12.1");
                return Err(ExitCode::SUCCESS);
            }
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                return Err(ExitCode::SUCCESS);
            }
            "-c" => {
                let Some(cmd) = argv.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    return Err(ExitCode::from(2));
                };
                let mut args = vec!["-c".to_string()];
                args.extend(argv[i + 2..].iter().cloned());
                return Ok(Options {
                    target: Target::Command(cmd.clone()),
                    args,
                    optimize,
                    ignore_env,
                    warnoptions,
                });
            }
            "-m" => {
                let Some(m) = argv.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    return Err(ExitCode::from(2));
                };
                let mut args = vec![m.clone()];
                args.extend(argv[i + 2..].iter().cloned());
                return Ok(Options {
                    target: Target::Module(m.clone()),
                    args,
                    optimize,
                    ignore_env,
                    warnoptions,
                });
            }
            "-X" => i += 1,
            "-W" => {
                i += 1;
                if let Some(w) = argv.get(i) {
                    warnoptions.push(w.clone());
                }
            }
            "-O" => optimize = optimize.max(1),
            "-OO" => optimize = 2,
            "-E" | "-I" => ignore_env = true,
            "-u" | "-S" | "-B" | "-s" | "-q" | "-i" | "-b" | "-d" | "-v" => {}
            other => {
                if other.starts_with("-X") {
                } else if let Some(w) = other.strip_prefix("-W") {
                    warnoptions.push(w.to_string());
                } else if let Some(stripped) = other.strip_prefix("-c") {
                    let cmd = stripped.to_string();
                    let mut args = vec!["-c".to_string()];
                    args.extend(argv[i + 1..].iter().cloned());
                    return Ok(Options {
                        target: Target::Command(cmd),
                        args,
                        optimize,
                        ignore_env,
                        warnoptions,
                    });
                } else {
                    eprintln!("Unknown option: {other}");
                    eprint!(
                        "usage: ferrython [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
                    );
                    return Err(ExitCode::from(2));
                }
            }
        }
        i += 1;
    }
    Ok(Options {
        target: Target::Stdin,
        args: vec![String::new()],
        optimize,
        ignore_env,
        warnoptions,
    })
}

fn set_sys_list(vm: &mut Vm, name: &str, items: &[String]) {
    let vals: Vec<Value> = items.iter().map(|s| vm.str(s.as_str())).collect();
    let l = vm.list(vals);
    let sys = vm.sys.clone();
    let d = sys.downcast::<PyModule>().unwrap().dict.clone();
    vm.dict_set_str(&d, name, l);
}

/// Exit status for an uncaught exception, printing it as CPython does.
fn handle_uncaught(vm: &mut Vm, e: Value) -> u8 {
    let ty = vm.type_of(&e);
    if ferrython_vm::ops::is_subtype(&ty, &vm.exc_type("SystemExit")) {
        let code = vm.getattr_str(&e, "code").unwrap_or(vm.none.clone());
        if code.is(&vm.none) {
            return 0;
        }
        if let Some(i) = code.as_small_int() {
            return i as u8;
        }
        if code.kind() == Some(ferrython_vm::value::Kind::Bool) {
            return code.is(&vm.true_) as u8;
        }
        let s = vm.str_string(&code).unwrap_or_default();
        use std::io::Write;
        let _ = std::io::stdout().flush();
        eprintln!("{s}");
        return 1;
    }
    ferrython_vm::traceback::print_exception(vm, &e);
    if ferrython_vm::ops::is_subtype(&ty, &vm.exc_type("KeyboardInterrupt")) {
        return 130;
    }
    1
}

fn run(opts: Options) -> u8 {
    // Ctrl-C sets a flag the interpreter polls on loop back-edges and calls.
    ferrython_vm::signalmod::catch_sigint();
    let mut vm = Vm::new();
    vm.optimize = opts.optimize;
    let mut path: Vec<String> = Vec::new();
    let (source, filename, main_dir) = match &opts.target {
        Target::Script(p) if std::path::Path::new(p).is_dir() => {
            // A directory runs its `__main__.py`, with the directory first on sys.path.
            let dir = if p.starts_with('/') {
                p.clone()
            } else {
                let cwd = std::env::current_dir()
                    .map(|d| d.display().to_string())
                    .unwrap_or_default();
                format!("{cwd}/{p}")
            };
            let main = std::path::Path::new(&dir).join("__main__.py");
            let bytes = match std::fs::read(&main) {
                Ok(b) => b,
                Err(_) => {
                    let shown = std::fs::canonicalize(p)
                        .map(|x| x.display().to_string())
                        .unwrap_or(dir.clone());
                    eprintln!("ferrython: can't find '__main__' module in '{shown}'");
                    return 1;
                }
            };
            let src = match ferrython_vm::import::decode_source(&mut vm, &bytes) {
                Ok(s) => s,
                Err(e) => {
                    ferrython_vm::traceback::print_exception(&mut vm, &e.0);
                    return 1;
                }
            };
            let file = std::fs::canonicalize(&main)
                .map(|x| x.display().to_string())
                .unwrap_or_else(|_| main.display().to_string());
            (src, file, dir)
        }
        Target::Script(p) => {
            let abs = std::fs::canonicalize(p)
                .map(|x| x.display().to_string())
                .unwrap_or(p.clone());
            match std::fs::read(p) {
                Ok(bytes) => {
                    let src = match ferrython_vm::import::decode_source(&mut vm, &bytes) {
                        Ok(s) => s,
                        Err(e) => {
                            ferrython_vm::traceback::print_exception(&mut vm, &e.0);
                            return 1;
                        }
                    };
                    let dir = std::path::Path::new(&abs)
                        .parent()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default();
                    (src, abs, dir)
                }
                Err(e) => {
                    let exe = "ferrython";
                    eprintln!(
                        "{exe}: can't open file '{abs}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        strip_os(&e)
                    );
                    return 2;
                }
            }
        }
        Target::Command(c) => (c.clone(), "<string>".to_string(), String::new()),
        Target::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (s, "<stdin>".to_string(), String::new())
        }
        Target::Module(_) => (
            String::new(),
            String::new(),
            std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default(),
        ),
    };
    path.push(main_dir);
    if !opts.ignore_env
        && let Ok(pp) = std::env::var("PYTHONPATH")
    {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(p.to_string());
        }
    }
    set_sys_list(&mut vm, "path", &path);
    set_sys_list(&mut vm, "argv", &opts.args);
    // sys.warnoptions: PYTHONWARNINGS's comma-separated entries, then the -W options.
    let mut warnoptions: Vec<String> = Vec::new();
    if !opts.ignore_env
        && let Ok(w) = std::env::var("PYTHONWARNINGS")
    {
        warnoptions.extend(
            w.split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(String::from),
        );
    }
    warnoptions.extend(opts.warnoptions.iter().cloned());
    set_sys_list(&mut vm, "warnoptions", &warnoptions);
    if let Target::Module(m) = &opts.target {
        let status = match run_module(&mut vm, m) {
            Ok(()) => 0,
            // The module itself was not found: CPython reports it in one line.
            Err(e)
                if vm
                    .getattr_str(&e, "__traceback__")
                    .is_ok_and(|t| t.is(&vm.none))
                    && ferrython_vm::ops::is_subtype(
                        &vm.type_of(&e),
                        &vm.exc_type("ImportError"),
                    ) =>
            {
                let msg = vm.str_string(&e).unwrap_or_default();
                let msg = match msg.strip_prefix("No module named '") {
                    Some(rest) => format!("No module named {}", rest.trim_end_matches('\'')),
                    None => msg,
                };
                let exe = std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|_| "ferrython".into());
                eprintln!("{exe}: {msg}");
                1
            }
            Err(e) => handle_uncaught(&mut vm, e),
        };
        vm.shutdown();
        flush_std(&mut vm);
        return status;
    }
    vm.sources.insert(filename.clone(), source.clone());
    let main_name = vm.str("__main__");
    let module = ferrython_vm::import::new_module(&mut vm, main_name.clone(), None);
    let d = module.downcast::<PyModule>().unwrap().dict.clone();
    let modules = vm.modules.clone();
    // CPython's `__main__` namespace, in its order: an empty `__annotations__`, then
    // `__builtins__` (the builtins module itself, elsewhere its dict), then for a script
    // (and a script read from stdin) `__file__` and `__cached__` (None: it is not cached).
    let builtins_key = vm.str("__builtins__");
    let _ = vm.dict_del(&d, &builtins_key);
    let annotations = vm.dict();
    vm.dict_set_str(&d, "__annotations__", annotations);
    if let Some(b) = vm.dict_get_name(&modules, "builtins") {
        vm.dict_set_str(&d, "__builtins__", b);
    }
    if filename != "<string>" {
        let file = vm.str(filename.as_str());
        vm.dict_set_str(&d, "__file__", file);
        let none = vm.none.clone();
        vm.dict_set_str(&d, "__cached__", none);
    }
    let _ = vm.dict_set(&modules, main_name, module);
    let result = ferrython_vm::import::compile_source(
        &mut vm,
        &source,
        &filename,
        ferrython_compiler_mode(),
    )
    .and_then(|code| vm.run_code(code, d.clone(), Some(d.clone())));
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(&mut vm, e.0),
    };
    vm.shutdown();
    // At exit, clear the main module's namespace so objects it held are finalized, as CPython
    // does at shutdown.
    let old = std::mem::take(&mut *d.downcast::<PyDict>().unwrap().0.borrow_mut());
    drop(old);
    vm.run_finalizers();
    flush_std(&mut vm);
    status
}

fn ferrython_compiler_mode() -> ferrython_compiler::Mode {
    ferrython_compiler::Mode::Exec
}

fn strip_os(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn run_module(vm: &mut Vm, name: &str) -> Result<(), Value> {
    if name == "dis" {
        // `-m dis file.py`: disassemble a file.
        let argv = vm.getattr_str(&vm.sys.clone(), "argv").map_err(|e| e.0)?;
        let items: Vec<String> = argv
            .downcast::<PyList>()
            .map(|l| {
                l.0.borrow()
                    .iter()
                    .filter_map(|v| str_of(v).map(|s| s.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        let Some(file) = items.get(1) else {
            eprintln!("usage: ferrython -m dis FILE");
            return Ok(());
        };
        let src = std::fs::read_to_string(file)
            .map_err(|e| vm.err("FileNotFoundError", e.to_string()).0)?;
        let code =
            ferrython_vm::import::compile_source(vm, &src, file, ferrython_compiler::Mode::Exec)
                .map_err(|e| e.0)?;
        print!("{}", ferrython_bytecode::dis::disassemble(&code.bc));
        return Ok(());
    }
    ferrython_vm::import::run_as_main(vm, name).map_err(|e| e.0)
}

fn flush_std(vm: &mut Vm) {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = vm;
    let _: Option<&PyDict> = None;
}

fn main() -> ExitCode {
    let opts = match parse_args() {
        Ok(o) => o,
        Err(code) => return code,
    };
    // Python recursion is bounded by the recursion limit; native recursion (nested calls from
    // builtins, deep reprs) gets a large stack.
    let handle = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(opts))));
    // Signals go to the interpreter's thread, where their Python handlers run.
    ferrython_vm::fd_ffi::block_signals(true);
    let status = match handle.map(|h| h.join()) {
        Ok(Ok(Ok(code))) => code,
        _ => {
            eprintln!(
                "Fatal Python error: internal error in ferrython (a Rust panic); please report it"
            );
            1
        }
    };
    use std::io::Write;
    let _ = std::io::stdout().flush();
    ExitCode::from(status)
}
