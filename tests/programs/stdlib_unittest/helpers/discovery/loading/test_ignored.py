raise RuntimeError('must not be imported: the package has load_tests')
