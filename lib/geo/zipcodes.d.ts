// The zipcodes package ships no types; only what lib/geo/zip.ts uses.
declare module "zipcodes" {
  export type ZipInfo = {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  };
  export function lookup(zip: string | number): ZipInfo | undefined;
}
