from shelter_desk.cli import main

raise SystemExit(main())
