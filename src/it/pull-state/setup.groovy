// invoker copies the scenario without file modes: make the fake terraform runnable again
assert new File(basedir, "fake-terraform").setExecutable(true)
return true
