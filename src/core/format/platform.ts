// Platform names as people write them: "TikTok Shop", "JD.com", never "tiktok_shop".

export const PLATFORM_NAMES: Record<string, string> = {
  tiktok_shop: 'TikTok Shop', douyin: 'Douyin', temu: 'Temu', shein: 'Shein', amazon: 'Amazon', shopee: 'Shopee',
  lazada: 'Lazada', tokopedia: 'Tokopedia', walmart: 'Walmart', ebay: 'eBay', aliexpress: 'AliExpress', taobao: 'Taobao/Tmall',
  pinduoduo: 'Pinduoduo', jd: 'JD.com', kuaishou: 'Kuaishou', mercado_libre: 'Mercado Libre',
};

export function platformName(p: string): string {
  return PLATFORM_NAMES[p] ?? p.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
