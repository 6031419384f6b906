// The demo data's one password (development data dirs only; a real first run sets every password).
export const DEMO_PASSWORD = 'xinan2026';
