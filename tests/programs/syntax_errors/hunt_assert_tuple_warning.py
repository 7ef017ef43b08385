assert (1, "always true")
assert ()
print("asserts done")
