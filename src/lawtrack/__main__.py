from lawtrack.cli import main

main()
