raise RuntimeError('must not be imported: the folder is not a package')
