def log = new File(basedir, 'build.log').text
assert log.contains('textqc: cannot load rules:')
assert log.contains('PUNCT_SPACED_COLON.yaml')
assert log.contains("'category'") || log.contains('category')
assert log.contains('boilerplate')   // the accepted values are listed
assert log.contains('Caused by: org.apache.maven.plugin.MojoExecutionException')
assert !log.contains('MojoFailureException')
return true
