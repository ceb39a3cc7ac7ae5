import { fileRoute } from '@/lib/files/download-route';

export const dynamic = 'force-dynamic';

export const GET = fileRoute(false);
