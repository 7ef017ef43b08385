raise RuntimeError('must not be imported: the name does not match the pattern')
