import gcoord from 'gcoord';

/**
 * Links that open a map app with directions to a place. Maps in China do not use WGS-84 (what
 * GPS and our data give): Amap and Apple Maps in China draw on GCJ-02, Baidu on BD-09, so the
 * point is converted with gcoord first. A WGS-84 point handed over as is lands a few hundred
 * metres off, often across a street.
 */

export interface MapLinks {
  amap: string;
  baidu: string;
  apple: string;
}

const round6 = (n: number): string => n.toFixed(6);

/** [lng, lat] in another system; gcoord takes and gives longitude first. */
function convert(lat: number, lng: number, to: typeof gcoord.GCJ02 | typeof gcoord.BD09) {
  const [outLng, outLat] = gcoord.transform([lng, lat], gcoord.WGS84, to);
  return { lat: outLat, lng: outLng };
}

export function mapLinks(lat: number, lng: number, name: string): MapLinks {
  const gcj = convert(lat, lng, gcoord.GCJ02);
  const bd = convert(lat, lng, gcoord.BD09);
  const label = encodeURIComponent(name);
  return {
    // uri.amap.com opens the app when installed, the web map otherwise.
    amap: `https://uri.amap.com/marker?position=${round6(gcj.lng)},${round6(gcj.lat)}&name=${label}&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${round6(bd.lat)},${round6(bd.lng)}&title=${label}&content=${label}&coord_type=bd09ll&output=html&src=yibaotong`,
    apple: `https://maps.apple.com/?ll=${round6(gcj.lat)},${round6(gcj.lng)}&q=${label}`,
  };
}

/** The GCJ-02 point a link carries, for tests that check the conversion. */
export function toGcj02(lat: number, lng: number): { lat: number; lng: number } {
  return convert(lat, lng, gcoord.GCJ02);
}

export function toBd09(lat: number, lng: number): { lat: number; lng: number } {
  return convert(lat, lng, gcoord.BD09);
}
