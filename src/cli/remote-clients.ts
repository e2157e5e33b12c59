import type { ClientAdministration, ClientRecord, CreateClientInput, CreatedClient } from '../clients/clients.service.ts';
import { adminCall } from './admin-http.ts';

type WireClient = Omit<ClientRecord, 'created_at'> & { created_at: string };

/** The admin HTTP API of a running server, behind the same interface as the local service. */
export class RemoteClientAdministration implements ClientAdministration {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return adminCall(this.baseUrl, this.token, method, path, body);
  }

  private async client(method: string, path: string, body?: unknown): Promise<ClientRecord> {
    const wire = await this.call<WireClient>(method, path, body);
    return { ...wire, created_at: new Date(wire.created_at) };
  }

  createClient(input: CreateClientInput): Promise<CreatedClient> {
    return this.call('POST', '/clients', { name: input.name, ip_allowlist: input.ipAllowlist, features: input.features, demo: input.demo });
  }
  async listClients(): Promise<ClientRecord[]> {
    const wire = await this.call<WireClient[]>('GET', '/clients');
    return wire.map((client) => ({ ...client, created_at: new Date(client.created_at) }));
  }
  getClient(clientId: number): Promise<ClientRecord> {
    return this.client('GET', `/clients/${clientId}`);
  }
  setActive(clientId: number, active: boolean): Promise<ClientRecord> {
    return this.client('POST', `/clients/${clientId}/${active ? 'activate' : 'deactivate'}`);
  }
  addIp(clientId: number, cidr: string): Promise<ClientRecord> {
    return this.client('POST', `/clients/${clientId}/ip-allowlist`, { cidr });
  }
  removeIp(clientId: number, cidr: string): Promise<ClientRecord> {
    return this.client('POST', `/clients/${clientId}/ip-allowlist/remove`, { cidr });
  }
  async logout(clientId: number): Promise<void> {
    await this.call('POST', `/clients/${clientId}/logout`);
  }
  rotateSecret(clientId: number): Promise<CreatedClient> {
    return this.call('POST', `/clients/${clientId}/rotate-secret`);
  }
  setFeatures(clientId: number, features: string[]): Promise<ClientRecord> {
    return this.client('PUT', `/clients/${clientId}/features`, { features });
  }
  setDemo(clientId: number, demo: boolean): Promise<ClientRecord> {
    return this.client('PUT', `/clients/${clientId}/demo`, { demo });
  }
}
