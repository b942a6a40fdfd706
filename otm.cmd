@echo off
rem Runs the otm command line on Windows. Builds the jar with Maven on first use; after changing
rem the sources, run "mvn -B -DskipTests -pl cli -am package" (the bash launcher ./otm notices by itself).
setlocal
set "HERE=%~dp0"
if not exist "%HERE%cli\target\otm.jar" (
  echo otm: building the command line with Maven ^(first use takes a minute or two^)... 1>&2
  call mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -f "%HERE%pom.xml" -pl cli -am package 1>&2 || exit /b 1
)
rem Only the quick JIT (C1), as in ./otm, which says why; OTM_JAVA_OPTS comes later, so it can undo it.
java -XX:TieredStopAtLevel=1 %OTM_JAVA_OPTS% -jar "%HERE%cli\target\otm.jar" %*
