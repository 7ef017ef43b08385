import copyreg
for g in [lambda: copyreg.add_extension('m', 'n', 0), lambda: copyreg.add_extension('m', 'n', 2**31), lambda: copyreg.add_extension('m', 'n', 5),
          lambda: copyreg.add_extension('m', 'n', 5), lambda: copyreg.add_extension('m', 'o', 5), lambda: copyreg.add_extension('m', 'n', 6),
          lambda: copyreg.add_extension('a', 'b', "7"), lambda: copyreg._extension_registry, lambda: copyreg._inverted_registry,
          lambda: copyreg.remove_extension('m', 'n', 6), lambda: copyreg.remove_extension('m', 'n', 5), lambda: copyreg._extension_registry,
          lambda: copyreg.clear_extension_cache(), lambda: copyreg.remove_extension('x', 'y', 1)]:
    try: print(repr(g()))
    except Exception as e: print(type(e).__name__, e)
