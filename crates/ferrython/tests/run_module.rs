//! `ferrython -m NAME`: a module or a package's `__main__` runs as `__main__`, with
//! `sys.argv[0]` set to its file; a missing module is reported in one line with status 1.

use std::path::Path;
use std::process::Command;

fn ferrython(dir: &Path, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_ferrython"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .output()
        .expect("run ferrython");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn modules_and_packages_run_as_main() {
    let dir = std::env::temp_dir().join(format!("ferrython-run-module-{}", std::process::id()));
    let pkg = dir.join("tool");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::write(pkg.join("__init__.py"), "print('init', __name__)\n").unwrap();
    std::fs::write(
        pkg.join("__main__.py"),
        "import sys\nprint('main', __name__, __package__, sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("script.py"),
        "import sys\nprint(__name__, sys.argv[0].endswith('script.py'), sys.argv[1:])\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    std::fs::write(dir.join("empty").join("__init__.py"), "").unwrap();

    let (out, _, code) = ferrython(&dir, &["-m", "script", "a", "b"]);
    assert_eq!((out.as_str(), code), ("__main__ True ['a', 'b']\n", 0));

    let (out, _, code) = ferrython(&dir, &["-m", "tool", "x"]);
    assert_eq!(
        (out.as_str(), code),
        ("init tool\nmain __main__ tool ['x']\n", 0)
    );

    let (_, err, code) = ferrython(&dir, &["-m", "nosuch"]);
    assert!(err.ends_with(": No module named nosuch\n"), "{err}");
    assert_eq!(code, 1);

    let (_, err, code) = ferrython(&dir, &["-m", "empty"]);
    assert!(
        err.ends_with(
            ": No module named empty.__main__; 'empty' is a package and cannot be directly executed\n"
        ),
        "{err}"
    );
    assert_eq!(code, 1);
    let _ = std::fs::remove_dir_all(&dir);
}
