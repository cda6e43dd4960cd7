@echo off
rem Waymark's command line for the installed app: it runs Waymark.exe with --waymark-cli first,
rem which the app takes for a command (main/entry.ts), with the runAsNode fuse still off. It lives
rem in bin\ beside the app, so that a PATH holding this folder finds waymark.cmd, not Waymark.exe.
setlocal
"%~dp0..\Waymark.exe" --waymark-cli %*
exit /b %ERRORLEVEL%
