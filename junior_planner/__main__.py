from junior_planner.cli import main

raise SystemExit(main())
