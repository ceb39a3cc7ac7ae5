import type { Tone } from '@/lib/vocabulary';

type DeliveryStatus = 'queued' | 'sending' | 'delivered' | 'failed';

export const deliveryStatusLabel: Record<DeliveryStatus, string> = {
  queued: 'Waiting',
  sending: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
};

export const deliveryStatusTone: Record<DeliveryStatus, Tone> = {
  queued: 'amber',
  sending: 'blue',
  delivered: 'green',
  failed: 'red',
};
