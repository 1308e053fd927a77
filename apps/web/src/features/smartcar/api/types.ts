export type SmartcarVehicle = { id: string; make: string; model: string; year: number | null };

export type SmartcarStatus = {
  connected: boolean;
  needs_reconnect: boolean;
  vehicle: SmartcarVehicle | null;
  vehicles: SmartcarVehicle[];
};
